import type { Credential } from '@blocksmith/sdk';
import { type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, fakeApiServer, listenLocally, runBlock } from '../test-support.ts';

/** Each search service's endpoint, by path, answering as its API reference shows (and 401 for a wrong key). */
function fakeSearchServices(seen: { url: string; headers: IncomingMessage['headers']; body: any }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ url: req.url!, headers: req.headers, body });
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/tavily/search') {
      if (req.headers.authorization !== 'Bearer tvly-good') return json(401, { detail: { error: 'Unauthorized: missing or invalid API key.' } });
      return json(200, { query: body.query, results: [{ title: 'Compost 101', url: 'https://ex.test/c', content: 'How to compost', score: 0.9 }] });
    }
    if (url.pathname === '/exa/search') return json(200, { results: [{ title: 'Exa hit', url: 'https://ex.test/e', text: 'found by exa' }] });
    if (url.pathname === '/brave/res/v1/web/search')
      return json(200, { type: 'search', web: { results: [{ title: 'Brave hit', url: 'https://ex.test/b', description: 'found by brave' }] } });
    if (url.pathname === '/serp/search.json') {
      if (url.searchParams.get('api_key') !== 'serp-good')
        return json(401, { error: 'Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key' });
      return json(200, { organic_results: [{ position: 1, title: 'Serp hit', link: 'https://ex.test/s', snippet: 'found by serpapi' }] });
    }
    if (url.pathname === '/jina/') return json(200, { code: 200, data: [{ title: 'Jina hit', url: 'https://ex.test/j', description: 'found by jina' }] });
    json(404, { error: 'not found' });
  });
}

describe('web.search through each service’s API (local servers)', () => {
  let server: Server;
  let base: string;
  const seen: { url: string; headers: IncomingMessage['headers']; body: any }[] = [];
  const search = (kind: string, path: string, apiKey: string, query = 'compost') =>
    runBlock(
      'web.search',
      { query, limit: 3 },
      { allowPrivateNetwork: true },
      { credentials: [{ id: kind, kind, fields: { apiKey, baseUrl: `${base}${path}` } } as Credential] },
    );

  beforeAll(async () => {
    server = fakeSearchServices(seen);
    const port = await listenLocally(server);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await closeServer(server);
  });

  it('asks each service in its own format and answers results in one shape', async () => {
    expect((await search('tavily_key', '/tavily', 'tvly-good')).outputs).toEqual({
      results: [[{ title: 'Compost 101', url: 'https://ex.test/c', snippet: 'How to compost' }]],
      provider: ['Tavily'],
    });
    expect(seen.at(-1)!.body).toEqual({ query: 'compost', max_results: 3 });
    expect((await search('exa_key', '/exa', 'exa-k')).outputs.results).toEqual([[{ title: 'Exa hit', url: 'https://ex.test/e', snippet: 'found by exa' }]]);
    expect(seen.at(-1)!.headers['x-api-key']).toBe('exa-k');
    expect((await search('brave_key', '/brave', 'brave-k')).outputs.results![0]).toEqual([
      { title: 'Brave hit', url: 'https://ex.test/b', snippet: 'found by brave' },
    ]);
    expect(seen.at(-1)).toMatchObject({ url: '/brave/res/v1/web/search?q=compost&count=3', headers: { 'x-subscription-token': 'brave-k' } });
    expect((await search('serpapi_key', '/serp', 'serp-good')).outputs.results![0]).toEqual([
      { title: 'Serp hit', url: 'https://ex.test/s', snippet: 'found by serpapi' },
    ]);
    expect((await search('jina_key', '/jina', 'jina-k')).outputs.results![0]).toEqual([
      { title: 'Jina hit', url: 'https://ex.test/j', snippet: 'found by jina' },
    ]);
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer jina-k');
  });

  it('says which service refused the key', async () => {
    expect((await search('tavily_key', '/tavily', 'tvly-bad')).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('Tavily refused the request (401'),
    });
    const serp = await search('serpapi_key', '/serp', 'serp-bad');
    expect(serp.error?.message).toContain('SerpApi refused the request (401: Invalid API key.');
    // The key SerpApi takes in the URL never shows in the error.
    expect(serp.error?.message).not.toContain('serp-bad');
  });
});
