import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { firecrawl, firecrawlCredential } from './firecrawl-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const firecrawlMapSite = defineBlock({
  id: 'firecrawl.map_site',
  name: 'Firecrawl: Map Site',
  description: 'Lists the pages of a website (from its sitemap and links) through Firecrawl, optionally those about some words.',
  categories: ['firecrawl', 'web', 'scraping'],
  credentials: [firecrawlCredential],
  input: z.object({
    url: z.url({ protocol: /^https?$/ }),
    search: z.string().optional().describe('Rank and keep the pages about these words.'),
    limit: z.number().int().min(1).max(5000).default(100),
    credential: z.string().optional(),
  }),
  output: z.object({ urls: z.array(z.string()) }),
  examples: [{ name: 'needs a key', input: { url: 'https://example.com' }, error: 'needs a credential of kind firecrawl_key' }],
  async *run({ url, search, limit }, ctx) {
    const answer = await firecrawl(ctx, apiPath`/map`, { url, limit, ...(search ? { search } : {}) });
    if (answer.success === false) throw new BlockError('provider', `Firecrawl could not map ${url}: ${String(answer.error ?? 'no answer')}`);
    yield ['urls', (answer.links as string[] | undefined) ?? []];
  },
});
