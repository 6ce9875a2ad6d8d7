import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const notionCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'notion_token|oauth2:notion',
  description: 'A Notion integration token; share the pages and databases with the integration.',
};

/** Calls Notion's API (version 2022-06-28) as the node's integration. */
export async function notion(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PATCH'; json?: unknown; query?: Record<string, string | number | undefined> } = {},
): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://api.notion.com').replace(/\/$/, '');
  const { body } = await callProvider(ctx, {
    provider: 'Notion',
    method: options.method ?? 'GET',
    url: apiUrl(`${base}/v1`, path, options.query),
    headers: { authorization: `Bearer ${credential.fields.token ?? ''}`, 'notion-version': '2022-06-28' },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the Notion token, and that the page or database is shared with the integration',
  });
  return body;
}

const richText = (text: string) => [{ type: 'text', text: { content: text.slice(0, 2000) } }];

/** Markdown-ish text as Notion blocks: `# `/`## `/`### ` headings, `- ` bullets, `1. ` numbers, the rest paragraphs. */
export function textToBlocks(text: string): unknown[] {
  return text
    .split(/\n{2,}|\n(?=#{1,3} |[-*] |\d+\. )/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const heading = /^(#{1,3}) (.*)$/s.exec(part);
      if (heading) {
        const type = `heading_${heading[1]!.length}`;
        return { object: 'block', type, [type]: { rich_text: richText(heading[2]!) } };
      }
      if (/^[-*] /.test(part)) return { object: 'block', type: 'bulleted_list_item', bulleted_list_item: { rich_text: richText(part.slice(2)) } };
      if (/^\d+\. /.test(part))
        return { object: 'block', type: 'numbered_list_item', numbered_list_item: { rich_text: richText(part.replace(/^\d+\. /, '')) } };
      return { object: 'block', type: 'paragraph', paragraph: { rich_text: richText(part) } };
    });
}

/** A property's value as plain JSON: text as text, numbers, checkboxes, dates, selects as their names. */
export function plainValue(property: Record<string, unknown>): unknown {
  const value = property[property.type as string];
  if (Array.isArray(value))
    return value.map((v: { plain_text?: string; name?: string }) => v.plain_text ?? v.name ?? v).join(value[0]?.plain_text !== undefined ? '' : ', ');
  if (value && typeof value === 'object') return (value as { name?: string; start?: string }).name ?? (value as { start?: string }).start ?? value;
  return value ?? null;
}

export function titleOf(item: { properties?: Record<string, Record<string, unknown>>; title?: { plain_text: string }[] }): string {
  if (item.title) return item.title.map((t) => t.plain_text).join('');
  const title = Object.values(item.properties ?? {}).find((p) => p.type === 'title');
  return title ? String(plainValue(title)) : '';
}
