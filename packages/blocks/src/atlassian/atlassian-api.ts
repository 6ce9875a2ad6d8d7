import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const atlassianCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'atlassian',
  description: 'An Atlassian site (https://your-team.atlassian.net), an account email and its API token (id.atlassian.com → Security → API tokens).',
};

type Method = 'GET' | 'POST' | 'PUT';

/** Calls a Jira or Confluence Cloud REST API of the credential's site, as its account (Basic email:token). */
export async function atlassian(
  ctx: BlockContext,
  provider: 'Jira' | 'Confluence',
  path: ApiPath,
  options: { method?: Method; json?: unknown; query?: Record<string, string | number | undefined> } = {},
): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const url = apiUrl(fields.siteUrl ?? '', path, options.query);
  const { body } = await callProvider(ctx, {
    provider,
    method: options.method ?? 'GET',
    url,
    headers: { authorization: `Basic ${Buffer.from(`${fields.email ?? ''}:${fields.apiToken ?? ''}`).toString('base64')}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the Atlassian email and API token (and that the account may see the project or space)',
  });
  return body;
}

/** Plain text as an Atlassian Document (what Jira Cloud's v3 API takes for descriptions and comments): a paragraph per line. */
export function documentOf(text: string): unknown {
  return {
    type: 'doc',
    version: 1,
    content: text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })),
  };
}

/** The text of an Atlassian Document, a line per paragraph (other nodes give their text). */
export function textOf(node: unknown): string {
  const n = node as { type?: string; text?: string; content?: unknown[] } | null | undefined;
  if (!n) return '';
  if (typeof n.text === 'string') return n.text;
  const inner = (n.content ?? []).map(textOf);
  return n.type === 'doc' ? inner.join('\n') : inner.join('');
}

export const jiraIssueSchema = z.object({
  key: z.string(),
  id: z.string(),
  summary: z.string(),
  status: z.string(),
  assignee: z.string(),
  description: z.string(),
  url: z.string(),
});

export function toJiraIssue(raw: unknown, siteUrl: string): z.infer<typeof jiraIssueSchema> {
  const issue = raw as {
    id: string;
    key: string;
    fields?: { summary?: string; status?: { name?: string }; assignee?: { displayName?: string } | null; description?: unknown };
  };
  return {
    key: issue.key,
    id: String(issue.id),
    summary: issue.fields?.summary ?? '',
    status: issue.fields?.status?.name ?? '',
    assignee: issue.fields?.assignee?.displayName ?? '',
    description: textOf(issue.fields?.description),
    url: `${siteUrl.replace(/\/$/, '')}/browse/${issue.key}`,
  };
}
