import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { notion, notionCredential, textToBlocks } from './notion-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const notionAppendText = defineBlock({
  id: 'notion.append_text',
  name: 'Notion: Append Text',
  description: 'Adds text (headings, bullets, paragraphs) at the end of a Notion page.',
  categories: ['notion', 'productivity'],
  credentials: [notionCredential],
  input: z.object({ page_id: z.string().min(1), text: z.string().min(1), credential: z.string().optional() }),
  output: z.object({ added: z.number().describe('How many blocks were added.') }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { page_id: 'p', text: 'Hi' }, error: 'needs a credential of kind notion_token' }],
  async *run({ page_id, text }, ctx) {
    const children = textToBlocks(text);
    await notion(ctx, apiPath`/blocks/${page_id}/children`, { method: 'PATCH', json: { children } });
    yield ['added', children.length];
  },
});
