import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { htmlToMarkdown } from '../shared/html-to-markdown.ts';
import { atlassian, atlassianCredential } from './atlassian-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const confluenceGetPage = defineBlock({
  id: 'confluence.get_page',
  name: 'Confluence: Read Page',
  description: 'Reads a Confluence page: its title, its body as Markdown, its version and link.',
  categories: ['confluence', 'productivity', 'knowledge'],
  credentials: [atlassianCredential],
  input: z.object({ page_id: z.string().regex(/^\d+$/, 'a page id is a number'), credential: z.string().optional() }),
  output: z.object({ title: z.string(), markdown: z.string(), version: z.number(), url: z.string() }),
  examples: [{ name: 'needs a credential', input: { page_id: '123' }, error: 'needs a credential of kind atlassian' }],
  async *run({ page_id }, ctx) {
    const { fields } = await ctx.credential('credential');
    const page = (await atlassian(ctx, 'Confluence', apiPath`/wiki/api/v2/pages/${page_id}`, { query: { 'body-format': 'storage' } })) as {
      title?: string;
      body?: { storage?: { value?: string } };
      version?: { number?: number };
      _links?: { webui?: string };
    };
    yield ['title', page.title ?? ''];
    yield ['markdown', htmlToMarkdown(page.body?.storage?.value ?? '')];
    yield ['version', page.version?.number ?? 1];
    yield ['url', page._links?.webui ? `${(fields.siteUrl ?? '').replace(/\/$/, '')}/wiki${page._links.webui}` : ''];
  },
});
