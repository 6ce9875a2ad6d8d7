import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Dropbox's API v2 as documented: RPC calls with JSON, content calls with Dropbox-API-Arg (ASCII JSON), 409 {error_summary, error}. */
function fakeDropbox(seen: { url: string; arg: unknown; rawArg: string | undefined }[]): Server {
  const files = new Map<string, string>([['/reports/q4.txt', 'Up 12%.']]);
  return fakeApiServer((req, res, raw, json) => {
    const rawArg = req.headers['dropbox-api-arg'] as string | undefined;
    const arg = rawArg ? JSON.parse(rawArg) : JSON.parse(raw || '{}');
    seen.push({ url: req.url!, arg, rawArg });
    if (req.headers.authorization !== 'Bearer sl.good')
      return json(401, { error_summary: 'invalid_access_token/...', error: { '.tag': 'invalid_access_token' } });
    const key = String(arg.path).toLowerCase();
    if (req.url === '/2/files/list_folder') {
      if (key === '/nope') return json(409, { error_summary: 'path/not_found/..', error: { '.tag': 'path', path: { '.tag': 'not_found' } } });
      return json(200, {
        entries: [
          { '.tag': 'folder', name: 'reports', path_display: '/Reports', id: 'id:f' },
          { '.tag': 'file', name: 'q4.txt', path_display: '/Reports/q4.txt', id: 'id:1', size: 7, server_modified: '2026-12-06T10:00:00Z' },
        ],
        cursor: 'c1',
        has_more: false,
      });
    }
    if (req.url === '/2/files/upload') {
      if (/[^\x20-\x7e]/.test(rawArg ?? '')) return json(400, { error_summary: 'Dropbox-API-Arg must be ASCII' });
      if (files.has(key) && arg.mode === 'add' && !arg.autorename) return json(409, { error_summary: 'path/conflict/file/..', error: { '.tag': 'path' } });
      const path = files.has(key) && arg.autorename ? arg.path.replace(/(\.\w+)$/, ' (1)$1') : arg.path;
      files.set(path.toLowerCase(), raw);
      return json(200, { name: path.split('/').pop(), path_display: path, id: 'id:9', size: Buffer.byteLength(raw), server_modified: '2026-12-07T10:00:00Z' });
    }
    if (req.url === '/2/files/download') {
      if (!files.has(key)) return json(409, { error_summary: 'path/not_found/...', error: { '.tag': 'path' } });
      return res.writeHead(200, { 'content-type': 'application/octet-stream', 'dropbox-api-result': JSON.stringify({ name: 'x' }) }).end(files.get(key));
    }
    json(404, { error_summary: 'unknown endpoint' });
  });
}

describe('Dropbox blocks against a local server speaking its API', () => {
  const seen: { url: string; arg: unknown; rawArg: string | undefined }[] = [];
  const run = providerSuite(fakeDropbox(seen), (baseUrl) => ({ id: 'db', kind: 'dropbox_token', fields: { token: 'sl.good', baseUrl } }));

  it('lists a folder, uploads text (a name outside ASCII escaped in the header) and reads it back', async () => {
    expect((await run('dropbox.list_folder', { folder: 'Reports' })).outputs.entries).toEqual([
      [
        { name: 'reports', path: '/Reports', folder: true, size: 0, modified: '', id: 'id:f' },
        { name: 'q4.txt', path: '/Reports/q4.txt', folder: false, size: 7, modified: '2026-12-06T10:00:00Z', id: 'id:1' },
      ],
    ]);
    expect(seen.at(-1)!.arg).toEqual({ path: '/Reports', recursive: false, limit: 500 });
    const uploaded = await run('dropbox.upload', { path: '/Notes/Café.txt', text: 'Crème' });
    expect(uploaded.outputs.file![0]).toMatchObject({ name: 'Café.txt', path: '/Notes/Café.txt', size: 6 });
    expect(seen.at(-1)!.rawArg).toContain('Caf\\u00e9.txt');
    expect((await run('dropbox.download', { path: '/notes/café.txt' })).outputs.text).toEqual(['Crème']);
    const renamed = await run('dropbox.upload', { path: '/Reports/q4.txt', text: 'v2', if_exists: 'rename' });
    expect(renamed.outputs.file![0]).toMatchObject({ path: '/Reports/q4 (1).txt' });
  });

  it('says what Dropbox refused', async () => {
    expect((await run('dropbox.list_folder', { folder: '/nope' })).error?.message).toBe('Dropbox answered 409: path/not_found/..');
    expect((await run('dropbox.upload', { path: '/Reports/q4.txt', text: 'x', if_exists: 'fail' })).error?.message).toBe(
      'Dropbox answered 409: path/conflict/file/..',
    );
    expect((await run('dropbox.download', { path: '/gone.txt' }, { token: 'bad' })).error?.kind).toBe('credential');
  });
});
