import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { notion, notionCredential } from './notion-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const notionUpdatePage = defineBlock({
  id: 'notion.update_page',
  name: 'Notion: Update Page',
  description: 'Changes a page’s properties (a database row’s columns, e.g. its Status) or archives it; properties not given stay as they are.',
  categories: ['notion', 'productivity'],
  credentials: [notionCredential],
  input: z.object({
    page_id: z.string().min(1),
    properties: z
      .record(z.string(), z.unknown())
      .default({})
      .describe('Properties in Notion’s format, e.g. { "Status": { "status": { "name": "Done" } }, "Score": { "number": 8 } }.'),
    archived: z.boolean().optional().describe('True moves the page to the trash; false takes it out.'),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string(), url: z.string(), archived: z.boolean(), properties: z.record(z.string(), z.unknown()) }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { page_id: 'p', archived: true }, error: 'needs a credential of kind notion_token' }],
  async *run({ page_id, properties, archived }, ctx) {
    if (Object.keys(properties).length === 0 && archived === undefined) {
      throw new BlockError('invalid_input', 'Give something to change: properties, or archived.', { retriable: false });
    }
    const json = { ...(Object.keys(properties).length ? { properties } : {}), ...(archived !== undefined ? { archived } : {}) };
    const page = (await notion(ctx, apiPath`/pages/${page_id}`, { method: 'PATCH', json })) as {
      id: string;
      url?: string;
      archived?: boolean;
      properties?: Record<string, unknown>;
    };
    yield ['id', page.id];
    yield ['url', page.url ?? ''];
    yield ['archived', page.archived === true];
    yield ['properties', page.properties ?? {}];
  },
});
