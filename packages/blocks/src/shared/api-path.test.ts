import { describe, expect, it } from 'vitest';
import { apiPath, apiUrl, checkedPath, joinPaths, segments } from './api-path.ts';

describe('apiPath', () => {
  it('keeps each value one segment, so a value cannot reach another endpoint', () => {
    const id = '../../admin/users?delete=all#x';
    const url = apiUrl('https://api.example.test/', apiPath`/v1/tickets/${id}/comments`);
    expect(url.pathname).toBe('/v1/tickets/..%2F..%2Fadmin%2Fusers%3Fdelete%3Dall%23x/comments');
    expect(url.search).toBe('');
    expect(apiPath`/documents/${'doc 1'}:batchUpdate`).toBe('/documents/doc%201:batchUpdate');
    expect(apiPath`/items/${42}.json`).toBe('/items/42.json');
  });

  it('refuses an id that no encoding keeps a segment, naming it', () => {
    for (const bad of ['', '.', '..']) {
      expect(() => apiPath`/tasks/${bad}/close`).toThrow(
        expect.objectContaining({ kind: 'invalid_input', message: expect.stringContaining(bad === '' ? 'An empty id' : `The id "${bad}"`) }),
      );
    }
  });

  it('takes a value of several segments only when asked, checking each', () => {
    expect(apiPath`/v1/models/${segments('owner/model name')}/predictions`).toBe('/v1/models/owner/model%20name/predictions');
    expect(() => apiPath`/v1/models/${segments('owner/../x')}`).toThrow('The id ".."');
    expect(() => segments('//')).toThrow('An empty id');
  });

  it('sets the query after the path and drops what is absent', () => {
    const url = apiUrl('https://api.example.test/base', apiPath`/search`, { q: 'a&b', limit: 5, cursor: undefined });
    expect(url.toString()).toBe('https://api.example.test/base/search?q=a%26b&limit=5');
    // A list repeats its parameter, each item encoded.
    expect(apiUrl('https://api.example.test', apiPath`/t`, { 'statuses[]': ['to do', 'a&b'], none: [] }).search).toBe(
      '?statuses%5B%5D=to+do&statuses%5B%5D=a%26b',
    );
  });

  it('takes an already encoded path only when it stays as written', () => {
    expect(checkedPath('/bucket/a%20b/c')).toBe('/bucket/a%20b/c');
    for (const bad of ['/bucket/../other', '/bucket/%2E%2e/x', '/bucket/.', '/b?x=1', '/b#x', 'relative'])
      expect(() => checkedPath(bad)).toThrow(/cannot name anything/);
    expect(joinPaths(apiPath`/me/drive/root:/${segments('a/b.txt')}:`, apiPath`/content`)).toBe('/me/drive/root:/a/b.txt:/content');
  });
});
