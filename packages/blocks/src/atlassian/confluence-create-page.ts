import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { atlassian, atlassianCredential } from './atlassian-api.ts';
import { apiPath } from '../shared/api-path.ts';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const confluenceCreatePage = defineBlock({
  id: 'confluence.create_page',
  name: 'Confluence: Create Page',
  description: 'Creates a Confluence page in a space (under a parent page if given), from plain text: a paragraph per blank-line-separated block.',
  categories: ['confluence', 'productivity', 'knowledge'],
  credentials: [atlassianCredential],
  input: z.object({
    space_id: z.string().regex(/^\d+$/, 'a space id is a number (the space’s key will not do here)'),
    title: z.string().min(1),
    text: z.string().default(''),
    parent_id: z.string().regex(/^\d+$/).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ page_id: z.string(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { space_id: '1', title: 'Notes' }, error: 'needs a credential of kind atlassian' }],
  async *run({ space_id, title, text, parent_id }, ctx) {
    const { fields } = await ctx.credential('credential');
    const storage = text
      .split(/\n\s*\n/)
      .filter((part) => part.trim())
      .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br/>')}</p>`)
      .join('');
    const page = (await atlassian(ctx, 'Confluence', apiPath`/wiki/api/v2/pages`, {
      method: 'POST',
      json: { spaceId: space_id, status: 'current', title, ...(parent_id ? { parentId: parent_id } : {}), body: { representation: 'storage', value: storage } },
    })) as { id: string; _links?: { webui?: string } };
    yield ['page_id', String(page.id)];
    yield ['url', page._links?.webui ? `${(fields.siteUrl ?? '').replace(/\/$/, '')}/wiki${page._links.webui}` : ''];
  },
});
