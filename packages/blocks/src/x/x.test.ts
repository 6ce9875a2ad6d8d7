import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** The X API v2 as documented: Bearer token, {data, includes} answers, problem details ({title, detail, status}) on errors. */
function fakeX(seen: { url: URL; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const url = new URL(req.url!, 'http://x');
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ url, body });
    if (req.headers.authorization !== 'Bearer x-good') return json(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    if (url.pathname === '/2/tweets') {
      if (body.text.includes('again'))
        return json(403, { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 });
      return json(201, { data: { id: '1865000000000000001', text: body.text, edit_history_tweet_ids: ['1865000000000000001'] } });
    }
    if (url.pathname === '/2/tweets/search/recent')
      return json(200, {
        data: [
          {
            id: '1864',
            text: 'Agents!',
            author_id: '42',
            created_at: '2026-12-06T12:00:00.000Z',
            public_metrics: { like_count: 5, retweet_count: 2, reply_count: 0 },
          },
        ],
        includes: { users: [{ id: '42', username: 'ada', name: 'Ada' }] },
        meta: { result_count: 1 },
      });
    json(404, { title: 'Not Found Error', detail: 'Not found', status: 404 });
  });
}

describe('X blocks against a local server speaking the X API v2', () => {
  const seen: { url: URL; body: unknown }[] = [];
  const run = providerSuite(fakeX(seen), (baseUrl) => ({ id: 'x', kind: 'x_token', fields: { token: 'x-good', baseUrl } }));

  it('posts, replies, and searches recent posts with their authors', async () => {
    expect((await run('x.post', { text: 'Shipped v2.' })).outputs).toEqual({
      id: ['1865000000000000001'],
      url: ['https://x.com/i/status/1865000000000000001'],
    });
    await run('x.post', { text: 'Thanks!', reply_to: '1864' });
    expect(seen.at(-1)!.body).toEqual({ text: 'Thanks!', reply: { in_reply_to_tweet_id: '1864' } });
    expect((await run('x.search_recent', { query: '#typescript -is:retweet' })).outputs.posts).toEqual([
      [{ id: '1864', text: 'Agents!', author: 'ada', created: '2026-12-06T12:00:00.000Z', likes: 5, reposts: 2, url: 'https://x.com/ada/status/1864' }],
    ]);
  });

  it('says what X refused', async () => {
    expect((await run('x.post', { text: 'Shipped again' })).error?.message).toContain('You are not allowed to create a Tweet with duplicate content.');
    expect((await run('x.search_recent', { query: 'x' }, { token: 'bad' })).error?.kind).toBe('credential');
  });
});
