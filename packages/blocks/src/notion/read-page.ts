import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { notion, notionCredential } from './notion-api.ts';
import { apiPath } from '../shared/api-path.ts';

interface NotionBlock {
  type: string;
  has_children?: boolean;
  [type: string]: unknown;
}

const MARKS: Record<string, string> = {
  heading_1: '# ',
  heading_2: '## ',
  heading_3: '### ',
  bulleted_list_item: '- ',
  numbered_list_item: '1. ',
  quote: '> ',
  to_do: '- [ ] ',
};

/** One block as a line of Markdown: its rich text behind the mark its type has. */
function blockLine(block: NotionBlock): string | undefined {
  const content = block[block.type] as { rich_text?: { plain_text?: string }[]; checked?: boolean; language?: string } | undefined;
  if (!content?.rich_text) return block.type === 'divider' ? '---' : undefined;
  const text = content.rich_text.map((t) => t.plain_text ?? '').join('');
  if (block.type === 'code') return `\`\`\`${content.language ?? ''}\n${text}\n\`\`\``;
  const mark = block.type === 'to_do' && content.checked ? '- [x] ' : (MARKS[block.type] ?? '');
  return `${mark}${text}`;
}

export const notionReadPage = defineBlock({
  id: 'notion.read_page',
  name: 'Notion: Read Page',
  description: 'Reads a Notion page’s content as Markdown (headings, lists, to-dos, quotes, code), following Notion’s pages of blocks.',
  categories: ['notion', 'productivity'],
  credentials: [notionCredential],
  input: z.object({ page_id: z.string().min(1), credential: z.string().optional() }),
  output: z.object({ markdown: z.string(), blocks: z.number().int().describe('How many blocks the page has at its top level.') }),
  examples: [{ name: 'needs a token', input: { page_id: 'p' }, error: 'needs a credential of kind notion_token' }],
  async *run({ page_id }, ctx) {
    const blocks: NotionBlock[] = [];
    let cursor: string | undefined;
    do {
      const page = (await notion(ctx, apiPath`/blocks/${page_id}/children`, { query: { page_size: 100, start_cursor: cursor } })) as {
        results: NotionBlock[];
        has_more?: boolean;
        next_cursor?: string | null;
      };
      blocks.push(...page.results);
      cursor = page.has_more ? (page.next_cursor ?? undefined) : undefined;
    } while (cursor && blocks.length < 10_000);
    yield ['markdown', blocks.flatMap((b) => blockLine(b) ?? []).join('\n\n')];
    yield ['blocks', blocks.length];
  },
});
