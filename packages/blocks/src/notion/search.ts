import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { notion, notionCredential, titleOf } from './notion-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const notionSearch = defineBlock({
  id: 'notion.search',
  name: 'Notion: Search',
  description: 'Finds the pages and databases shared with the integration whose title matches words.',
  categories: ['notion', 'productivity'],
  credentials: [notionCredential],
  input: z.object({
    query: z.string().default(''),
    only: z.enum(['page', 'database']).optional(),
    limit: z.number().int().min(1).max(100).default(20),
    credential: z.string().optional(),
  }),
  output: z.object({ results: z.array(z.object({ id: z.string(), type: z.string(), title: z.string(), url: z.string() })) }),
  examples: [{ name: 'needs a token', input: { query: 'Roadmap' }, error: 'needs a credential of kind notion_token' }],
  async *run({ query, only, limit }, ctx) {
    const found = (await notion(ctx, apiPath`/search`, {
      method: 'POST',
      json: { query, page_size: limit, ...(only ? { filter: { property: 'object', value: only } } : {}) },
    })) as { results: { id: string; object: string; url: string; properties?: Record<string, Record<string, unknown>>; title?: { plain_text: string }[] }[] };
    yield ['results', found.results.map((r) => ({ id: r.id, type: r.object, title: titleOf(r), url: r.url }))];
  },
});
