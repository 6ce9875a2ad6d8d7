import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** The YouTube Data API v3 as documented: an API key (here in X-goog-api-key), search and videos resources, Google's error shape. */
function fakeYoutube(seen: URL[]): Server {
  return fakeApiServer((req, _res, _raw, json) => {
    const url = new URL(req.url!, 'http://x');
    seen.push(url);
    if (req.headers['x-goog-api-key'] !== 'AIza-good')
      return json(400, {
        error: { code: 400, message: 'API key not valid. Please pass a valid API key.', errors: [{ reason: 'badRequest' }], status: 'INVALID_ARGUMENT' },
      });
    if (url.pathname === '/search')
      return json(200, {
        kind: 'youtube#searchListResponse',
        items: [
          {
            id: { kind: 'youtube#video', videoId: 'abcDEF12345' },
            snippet: { title: 'Agents 101', description: 'Intro', channelTitle: 'Blocks', publishedAt: '2026-11-01T10:00:00Z' },
          },
        ],
      });
    if (url.pathname === '/videos' && url.searchParams.get('id') === 'abcDEF12345')
      return json(200, {
        items: [
          {
            id: 'abcDEF12345',
            snippet: { title: 'Agents 101', description: 'Intro', channelTitle: 'Blocks', tags: ['ai'], publishedAt: '2026-11-01T10:00:00Z' },
            statistics: { viewCount: '1200', likeCount: '80', commentCount: '9' },
            contentDetails: { duration: 'PT1H2M3S' },
          },
        ],
      });
    json(200, { items: [] });
  });
}

describe('YouTube blocks against a local server speaking the Data API', () => {
  const seen: URL[] = [];
  const run = providerSuite(fakeYoutube(seen), (baseUrl) => ({ id: 'yt', kind: 'youtube_key', fields: { apiKey: 'AIza-good', baseUrl } }));

  it('searches videos and reads one’s details from its address', async () => {
    const found = await run('youtube.search', { query: 'agents', order: 'date', limit: 5 });
    expect(found.outputs.videos).toEqual([
      [
        {
          id: 'abcDEF12345',
          title: 'Agents 101',
          description: 'Intro',
          channel: 'Blocks',
          published: '2026-11-01T10:00:00Z',
          url: 'https://www.youtube.com/watch?v=abcDEF12345',
        },
      ],
    ]);
    expect(Object.fromEntries(seen.at(-1)!.searchParams)).toEqual({ part: 'snippet', type: 'video', q: 'agents', order: 'date', maxResults: '5' });
    const details = await run('youtube.video_details', { video: 'https://youtu.be/abcDEF12345?t=30' });
    expect(details.outputs).toMatchObject({ id: ['abcDEF12345'], seconds: [3723], views: [1200], likes: [80], comments: [9], tags: [['ai']] });
  });

  it('says when a video is not there, and what YouTube refused', async () => {
    expect((await run('youtube.video_details', { video: 'zzzzzzzzzzz' })).error?.message).toBe('YouTube has no video zzzzzzzzzzz (or it is private).');
    expect((await run('youtube.search', { query: 'x' }, { apiKey: 'bad' })).error?.message).toBe(
      'YouTube answered 400: API key not valid. Please pass a valid API key.',
    );
  });
});
