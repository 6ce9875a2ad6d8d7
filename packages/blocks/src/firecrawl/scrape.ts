import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { firecrawl, firecrawlCredential } from './firecrawl-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const firecrawlScrape = defineBlock({
  id: 'firecrawl.scrape',
  name: 'Firecrawl: Scrape Page',
  description: 'Reads a web page through Firecrawl (which renders JavaScript and gets past most blockers) as Markdown, with its title and links.',
  categories: ['firecrawl', 'web', 'scraping'],
  credentials: [firecrawlCredential],
  input: z.object({
    url: z.url({ protocol: /^https?$/ }),
    main_content_only: z.boolean().default(true).describe('Leave out headers, navigation and footers.'),
    wait_ms: z.number().int().min(0).max(30_000).default(0).describe('Wait this long after the page loads (for late content).'),
    credential: z.string().optional(),
  }),
  output: z.object({ markdown: z.string(), title: z.string(), links: z.array(z.string()), status: z.number() }),
  examples: [{ name: 'needs a key', input: { url: 'https://example.com' }, error: 'needs a credential of kind firecrawl_key' }],
  async *run({ url, main_content_only, wait_ms }, ctx) {
    const answer = await firecrawl(ctx, apiPath`/scrape`, { url, formats: ['markdown', 'links'], onlyMainContent: main_content_only, waitFor: wait_ms });
    const data = answer.data as { markdown?: string; links?: string[]; metadata?: { title?: string; statusCode?: number; error?: string } } | undefined;
    if (answer.success === false || !data)
      throw new BlockError('provider', `Firecrawl could not scrape ${url}: ${String(answer.error ?? 'no page came back')}`);
    yield ['markdown', data.markdown ?? ''];
    yield ['title', data.metadata?.title ?? ''];
    yield ['links', data.links ?? []];
    yield ['status', data.metadata?.statusCode ?? 200];
  },
});
