import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, fakeApiServer, listenLocally, runBlock } from '../test-support.ts';

const listing = {
  kind: 'Listing',
  data: {
    after: 't3_b',
    children: [
      {
        kind: 't3',
        data: {
          title: 'Agents in TypeScript',
          selftext: 'What do you use?',
          url: 'https://www.reddit.com/r/typescript/comments/a/agents/',
          permalink: '/r/typescript/comments/a/agents/',
          subreddit: 'typescript',
          author: 'ada',
          score: 42,
          num_comments: 7,
          created_utc: 1796515200,
        },
      },
    ],
  },
};

describe('Reddit blocks against a local server speaking its JSON listings', () => {
  const seen: URL[] = [];
  const server = fakeApiServer((req, _res, _raw, json) => {
    const url = new URL(req.url!, 'http://x');
    seen.push(url);
    if (url.pathname.startsWith('/r/doesnotexist/')) return json(404, { message: 'Not Found', error: 404 });
    if (url.pathname === '/search.json' || url.pathname.endsWith('.json')) return json(200, listing);
    json(404, { message: 'Not Found', error: 404 });
  });
  let api_url = '';
  beforeAll(async () => void (api_url = `http://127.0.0.1:${await listenLocally(server)}`));
  afterAll(() => closeServer(server));
  const run = (block: string, inputs: Record<string, unknown>) => runBlock(block, { ...inputs, api_url }, { allowPrivateNetwork: true });

  it('searches everywhere or in one subreddit, and lists a subreddit’s top posts', async () => {
    const found = await run('reddit.search', { query: 'agents', sort: 'top', time: 'month' });
    expect(found.outputs.posts).toEqual([
      [
        {
          title: 'Agents in TypeScript',
          text: 'What do you use?',
          url: 'https://www.reddit.com/r/typescript/comments/a/agents/',
          permalink: 'https://www.reddit.com/r/typescript/comments/a/agents/',
          subreddit: 'typescript',
          author: 'ada',
          score: 42,
          comments: 7,
          created: '2026-12-06T00:00:00.000Z',
        },
      ],
    ]);
    expect(Object.fromEntries(seen.at(-1)!.searchParams)).toEqual({ q: 'agents', sort: 'top', t: 'month', limit: '25' });
    await run('reddit.search', { query: 'agents', subreddit: 'typescript' });
    expect(seen.at(-1)!.pathname).toBe('/r/typescript/search.json');
    expect(seen.at(-1)!.searchParams.get('restrict_sr')).toBe('on');
    await run('reddit.subreddit_posts', { subreddit: 'typescript', sort: 'top', time: 'week', limit: 5 });
    expect(seen.at(-1)!.toString()).toBe('http://x/r/typescript/top.json?limit=5&t=week');
  });

  it('says when a subreddit is not there', async () => {
    expect((await run('reddit.subreddit_posts', { subreddit: 'doesnotexist' })).error?.message).toContain('Reddit found nothing there (404: Not Found)');
  });
});
