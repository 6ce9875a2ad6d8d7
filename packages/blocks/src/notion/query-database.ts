import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { notion, notionCredential, plainValue } from './notion-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const notionQueryDatabase = defineBlock({
  id: 'notion.query_database',
  name: 'Notion: Query Database',
  description:
    'Reads the rows of a Notion database (with a filter and sorts in Notion’s format, if given) as plain values by column; follows pages up to the limit.',
  categories: ['notion', 'productivity'],
  credentials: [notionCredential],
  input: z.object({
    database_id: z.string().min(1),
    filter: z.record(z.string(), z.unknown()).optional(),
    sorts: z.array(z.record(z.string(), z.unknown())).optional(),
    limit: z.number().int().min(1).max(10_000).default(100),
    credential: z.string().optional(),
  }),
  output: z.object({ rows: z.array(z.object({ id: z.string(), url: z.string(), values: z.record(z.string(), z.unknown()) })) }),
  examples: [{ name: 'needs a token', input: { database_id: 'd' }, error: 'needs a credential of kind notion_token' }],
  async *run({ database_id, filter, sorts, limit }, ctx) {
    const rows: { id: string; url: string; values: Record<string, unknown> }[] = [];
    let cursor: string | undefined;
    do {
      const page = (await notion(ctx, apiPath`/databases/${database_id}/query`, {
        method: 'POST',
        json: {
          page_size: Math.min(100, limit - rows.length),
          ...(filter ? { filter } : {}),
          ...(sorts ? { sorts } : {}),
          ...(cursor ? { start_cursor: cursor } : {}),
        },
      })) as { results: { id: string; url: string; properties: Record<string, Record<string, unknown>> }[]; has_more: boolean; next_cursor: string | null };
      for (const row of page.results)
        rows.push({ id: row.id, url: row.url, values: Object.fromEntries(Object.entries(row.properties).map(([name, p]) => [name, plainValue(p)])) });
      cursor = page.has_more ? (page.next_cursor ?? undefined) : undefined;
    } while (cursor && rows.length < limit);
    yield ['rows', rows.slice(0, limit)];
  },
});
