import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Firecrawl's API v1 as documented: Bearer key, {success, data} answers, {success: false, error} failures. */
function fakeFirecrawl(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = JSON.parse(raw);
    seen.push({ url: req.url!, body });
    if (req.headers.authorization !== 'Bearer fc-good') return json(401, { success: false, error: 'Unauthorized: Invalid token' });
    if (req.url === '/v1/scrape') {
      if (body.url.includes('blocked')) return json(200, { success: false, error: 'The page could not be loaded (403).' });
      return json(200, {
        success: true,
        data: {
          markdown: '# Pricing\n\nPro: $20',
          links: ['https://example.com/signup'],
          metadata: { title: 'Pricing', statusCode: 200, sourceURL: body.url },
        },
      });
    }
    if (req.url === '/v1/map') return json(200, { success: true, links: ['https://example.com/', 'https://example.com/pricing'] });
    json(404, { success: false, error: 'Not found' });
  });
}

describe('Firecrawl blocks against a local server speaking its API', () => {
  const seen: { url: string; body: unknown }[] = [];
  const run = providerSuite(fakeFirecrawl(seen), (baseUrl) => ({ id: 'fc', kind: 'firecrawl_key', fields: { apiKey: 'fc-good', baseUrl } }));

  it('scrapes a page as Markdown and maps a site', async () => {
    expect((await run('firecrawl.scrape', { url: 'https://example.com/pricing' })).outputs).toEqual({
      markdown: ['# Pricing\n\nPro: $20'],
      title: ['Pricing'],
      links: [['https://example.com/signup']],
      status: [200],
    });
    expect(seen.at(-1)!.body).toEqual({ url: 'https://example.com/pricing', formats: ['markdown', 'links'], onlyMainContent: true, waitFor: 0 });
    expect((await run('firecrawl.map_site', { url: 'https://example.com', search: 'pricing' })).outputs.urls).toEqual([
      ['https://example.com/', 'https://example.com/pricing'],
    ]);
  });

  it('says why a page could not be scraped, and what Firecrawl refused', async () => {
    expect((await run('firecrawl.scrape', { url: 'https://blocked.example.com/' })).error?.message).toBe(
      'Firecrawl could not scrape https://blocked.example.com/: The page could not be loaded (403).',
    );
    expect((await run('firecrawl.map_site', { url: 'https://example.com' }, { apiKey: 'bad' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('Unauthorized: Invalid token'),
    });
  });
});
