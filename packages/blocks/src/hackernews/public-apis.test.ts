import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listenLocally, runBlock } from '../test-support.ts';

/** Hacker News' Firebase API and Wikipedia's Action and REST APIs, as their references show them. */
function fakePublicApis(seen: URL[]): Server {
  const story = (id: number, extra = {}) => ({
    id,
    type: 'story',
    by: 'pg',
    title: `Story ${id}`,
    url: `https://ex.test/${id}`,
    score: id * 10,
    descendants: 3,
    time: 1_700_000_000,
    kids: [101, 102],
    ...extra,
  });
  const items: Record<string, unknown> = {
    1: story(1),
    2: story(2, { url: undefined, text: 'Ask away' }),
    3: { id: 3, deleted: true },
    101: { id: 101, type: 'comment', by: 'ada', text: 'It&#x27;s <i>great</i><p>Second para' },
    102: { id: 102, type: 'comment', dead: true },
  };
  return createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    seen.push(url);
    const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (url.pathname === '/hn/v0/topstories.json') return json(200, [1, 2, 3]);
    const item = /^\/hn\/v0\/item\/(\d+)\.json$/.exec(url.pathname);
    if (item) return json(200, items[item[1]!] ?? null);
    if (url.pathname === '/wiki/w/api.php') {
      return json(200, {
        batchcomplete: true,
        query: { search: [{ ns: 0, title: 'Ada Lovelace', snippet: '<span class="searchmatch">Ada</span> was a &quot;mathematician&quot;' }] },
      });
    }
    if (url.pathname === '/wiki/api/rest_v1/page/summary/Ada_Lovelace') {
      return json(200, {
        title: 'Ada Lovelace',
        description: 'English mathematician',
        extract: 'Augusta Ada King was an English mathematician.',
        content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Ada_Lovelace' } },
      });
    }
    if (url.pathname.startsWith('/wiki/api/rest_v1/page/summary/'))
      return json(404, { type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found', title: 'Not found.', detail: 'Page or revision not found.' });
    json(503, { message: 'Service unavailable' });
  });
}

describe('Hacker News and Wikipedia blocks against local servers speaking their APIs', () => {
  let server: Server;
  let base: string;
  const seen: URL[] = [];
  const run = (block: string, inputs: Record<string, unknown>) => runBlock(block, inputs, { allowPrivateNetwork: true });

  beforeAll(async () => {
    server = fakePublicApis(seen);
    base = `http://127.0.0.1:${await listenLocally(server)}`;
  });
  afterAll(() => closeServer(server));

  it('lists stories (leaving out deleted ones) and reads one with its live comments as plain text', async () => {
    const top = await run('hackernews.top_stories', { limit: 3, api_url: `${base}/hn/v0` });
    expect((top.outputs.stories![0] as { id: number; url: string }[]).map((s) => [s.id, s.url])).toEqual([
      [1, 'https://ex.test/1'],
      [2, 'https://news.ycombinator.com/item?id=2'],
    ]);
    const scored = await run('hackernews.top_stories', { limit: 3, min_score: 15, api_url: `${base}/hn/v0` });
    expect((scored.outputs.stories![0] as { id: number }[]).map((s) => s.id)).toEqual([2]);
    const one = await run('hackernews.get_item', { id: 2, api_url: `${base}/hn/v0` });
    expect(one.outputs.story![0]).toMatchObject({ title: 'Story 2', text: 'Ask away', comments: 3, time: '2023-11-14T22:13:20.000Z' });
    expect(one.outputs.comments).toEqual([[{ by: 'ada', text: "It's great\n\nSecond para" }]]);
    expect((await run('hackernews.get_item', { id: 999, api_url: `${base}/hn/v0` })).error).toMatchObject({
      kind: 'not_found',
      message: 'Hacker News has no item 999.',
    });
  });

  it('searches Wikipedia and reads an article’s summary; a missing article and a down service are named', async () => {
    const found = await run('wikipedia.search', { query: 'Ada', api_url: `${base}/wiki` });
    expect(found.outputs.results).toEqual([[{ title: 'Ada Lovelace', snippet: 'Ada was a "mathematician"', url: `${base}/wiki/wiki/Ada_Lovelace` }]]);
    expect(Object.fromEntries(seen.at(-1)!.searchParams)).toMatchObject({ action: 'query', list: 'search', srsearch: 'Ada', format: 'json' });
    const summary = await run('wikipedia.summary', { title: 'Ada Lovelace', api_url: `${base}/wiki` });
    expect(summary.outputs).toEqual({
      title: ['Ada Lovelace'],
      description: ['English mathematician'],
      extract: ['Augusta Ada King was an English mathematician.'],
      url: ['https://en.wikipedia.org/wiki/Ada_Lovelace'],
    });
    expect((await run('wikipedia.summary', { title: 'No such page', api_url: `${base}/wiki` })).error).toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('Wikipedia found nothing there'),
    });
    const down = await runBlock('hackernews.top_stories', { api_url: `${base}/down` }, { allowPrivateNetwork: true });
    expect(down.error).toMatchObject({ kind: 'provider', message: 'Hacker News answered 503: Service unavailable' });
  });

  it('keeps to the address policy: loopback is refused unless the operator allows it', async () => {
    const refused = await runBlock('wikipedia.summary', { title: 'Ada Lovelace', api_url: `${base}/wiki` });
    expect(refused.error?.message).toMatch(/private|loopback|refused/i);
  });
});
