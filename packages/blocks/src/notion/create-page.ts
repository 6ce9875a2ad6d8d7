import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { notion, notionCredential, textToBlocks } from './notion-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const notionCreatePage = defineBlock({
  id: 'notion.create_page',
  name: 'Notion: Create Page',
  description:
    'Creates a page under a page, or as a row of a database (then `properties` may set its other columns), with text as its content (headings, bullets, paragraphs).',
  categories: ['notion', 'productivity'],
  credentials: [notionCredential],
  input: z.object({
    parent_page_id: z.string().optional(),
    database_id: z.string().optional(),
    title: z.string().min(1),
    content: z.string().default('').describe('Markdown-ish text: # headings, - bullets, paragraphs.'),
    properties: z.record(z.string(), z.unknown()).default({}).describe('For a database row: other properties in Notion’s format.'),
    title_property: z.string().default('Name').describe('For a database row: the name of its title column.'),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { parent_page_id: 'p', title: 'Notes' }, error: 'needs a credential of kind notion_token' }],
  async *run({ parent_page_id, database_id, title, content, properties, title_property }, ctx) {
    if ((parent_page_id === undefined) === (database_id === undefined)) {
      throw new BlockError('invalid_input', 'Give either parent_page_id or database_id (one of them).', { retriable: false });
    }
    const titleValue = { title: [{ type: 'text', text: { content: title } }] };
    const page = (await notion(ctx, apiPath`/pages`, {
      method: 'POST',
      json: {
        parent: database_id ? { database_id } : { page_id: parent_page_id },
        properties: database_id ? { ...properties, [title_property]: titleValue } : { title: titleValue },
        children: textToBlocks(content),
      },
    })) as { id: string; url: string };
    yield ['id', page.id];
    yield ['url', page.url];
  },
});
