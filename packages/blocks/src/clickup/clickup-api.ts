import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath, type QueryValue } from '../shared/api-path.ts';

export const clickupCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'clickup_token',
  description: 'A ClickUp personal API token (Settings → Apps → API token, pk_…).',
};

/** Calls ClickUp's API v2 with the node's token. */
export async function clickup(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PUT'; json?: unknown; query?: Record<string, QueryValue> } = {},
): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const { body } = await callProvider(ctx, {
    provider: 'ClickUp',
    method: options.method ?? 'GET',
    url: apiUrl(fields.baseUrl || 'https://api.clickup.com', path, options.query),
    // ClickUp takes a personal token as the header's whole value, without a scheme.
    headers: { authorization: fields.token ?? '' },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the ClickUp API token',
  });
  return body;
}

export const clickupTaskSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  url: z.string(),
  due: z.string().describe('ISO 8601, or empty.'),
  assignees: z.array(z.string()),
});

export function toClickupTask(raw: unknown): z.infer<typeof clickupTaskSchema> {
  const task = raw as { id: string; name?: string; url?: string; status?: { status?: string }; due_date?: string | null; assignees?: { username?: string }[] };
  const due = task.due_date ? Number(task.due_date) : NaN;
  return {
    id: task.id,
    name: task.name ?? '',
    status: task.status?.status ?? '',
    url: task.url ?? '',
    due: Number.isFinite(due) ? new Date(due).toISOString() : '',
    assignees: (task.assignees ?? []).map((a) => a.username ?? ''),
  };
}

/** A ClickUp id from a URL or a path: digits for lists, letters and digits for tasks. */
export const listId = z.string().regex(/^\d+$/, 'a list id is a number');
export const taskId = z.string().regex(/^\w+$/, 'a task id is letters and digits, e.g. 86a1b2c3');
