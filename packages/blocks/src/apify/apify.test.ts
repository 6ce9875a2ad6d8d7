import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Apify's API v2 as documented: Bearer token, username~actor in paths, the dataset's items as the answer, {error: {type, message}} errors. */
function fakeApify(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    seen.push({ url: req.url!, body: JSON.parse(raw) });
    if (req.headers.authorization !== 'Bearer apify_api_good')
      return json(401, { error: { type: 'token-not-valid', message: 'Authentication token is not valid.' } });
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/v2/acts/apify~rag-web-browser/run-sync-get-dataset-items')
      return json(201, [{ url: 'https://example.com/', markdown: '# Example' }]);
    if (url.pathname === '/v2/acts/apify~slow/run-sync-get-dataset-items')
      return json(408, { error: { type: 'run-timeout-exceeded', message: 'Actor run exceeded the timeout of 120 seconds for this API endpoint' } });
    json(404, { error: { type: 'record-not-found', message: 'Actor was not found' } });
  });
}

describe('Apify against a local server speaking its API', () => {
  const seen: { url: string; body: unknown }[] = [];
  const run = providerSuite(fakeApify(seen), (baseUrl) => ({ id: 'ap', kind: 'apify_token', fields: { token: 'apify_api_good', baseUrl } }));

  it('runs an Actor with its input and answers its dataset’s items', async () => {
    expect((await run('apify.run_actor', { actor: 'apify/rag-web-browser', input: { query: 'example' } })).outputs.items).toEqual([
      [{ url: 'https://example.com/', markdown: '# Example' }],
    ]);
    expect(seen.at(-1)).toEqual({
      url: '/v2/acts/apify~rag-web-browser/run-sync-get-dataset-items?timeout=120&limit=100&format=json',
      body: { query: 'example' },
    });
  });

  it('says what Apify refused', async () => {
    expect((await run('apify.run_actor', { actor: 'apify/slow' })).error?.message).toBe(
      'Apify answered 408: Actor run exceeded the timeout of 120 seconds for this API endpoint',
    );
    expect((await run('apify.run_actor', { actor: 'apify/none' })).error?.kind).toBe('not_found');
    expect((await run('apify.run_actor', { actor: 'apify/rag-web-browser' }, { token: 'bad' })).error?.kind).toBe('credential');
  });
});
