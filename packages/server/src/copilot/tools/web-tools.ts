import { z } from 'zod';
import { defineTool } from './copilot-tool.ts';
import { runBlockAlone } from './block-alone.ts';

/** What a page's text may take of the model's context unless it asks for more. */
const PAGE_CHARS = 20_000;

export const searchWeb = defineTool({
  name: 'search_web',
  description:
    'Search the web (the web.search block, through the workspace’s Tavily, Exa, Brave Search, SerpApi or Jina credential). Answers titles, URLs and snippets; read a result with read_web_page.',
  input: z.object({
    query: z.string().trim().min(1).max(400),
    limit: z.number().int().min(1).max(10).default(5),
    credential_id: z.string().min(1).max(100).optional().describe('The search credential to use; without it, the workspace’s only one.'),
  }),
  async run({ query, limit, credential_id }, ctx) {
    const found = await runBlockAlone(ctx, 'web.search', { query, limit, ...(credential_id ? { credential: credential_id } : {}) }, ['results', 'provider']);
    return { results: found.results![0], provider: found.provider![0] };
  },
});

export const readWebPage = defineTool({
  name: 'read_web_page',
  description:
    'Read a web page (the web.read_page block, under the platform’s outbound policy): its readable content as markdown, without navigation and ads, with its title. Long pages are cut at max_chars.',
  input: z.object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    max_chars: z.number().int().min(500).max(100_000).default(PAGE_CHARS),
  }),
  async run({ url, max_chars }, ctx) {
    const page = await runBlockAlone(ctx, 'web.read_page', { url }, ['markdown', 'title', 'url']);
    const markdown = String(page.markdown![0] ?? '');
    return {
      url: page.url![0],
      title: page.title![0],
      markdown: markdown.slice(0, max_chars),
      ...(markdown.length > max_chars ? { truncated: true, chars: markdown.length } : {}),
    };
  },
});
