import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const todoistCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'todoist_token',
  description: 'A Todoist API token (Settings → Integrations → Developer).',
};

export const taskSchema = z.object({
  id: z.string(),
  content: z.string(),
  description: z.string(),
  due: z.string(),
  priority: z.number(),
  url: z.string(),
  done: z.boolean(),
});

export const toTask = (raw: unknown): z.infer<typeof taskSchema> => {
  const task = raw as {
    id: string;
    content: string;
    description?: string;
    due?: { string?: string; date?: string } | null;
    priority?: number;
    url?: string;
    is_completed?: boolean;
  };
  return {
    id: String(task.id),
    content: task.content,
    description: task.description ?? '',
    due: task.due?.date ?? '',
    priority: task.priority ?? 1,
    url: task.url ?? '',
    done: task.is_completed ?? false,
  };
};

/** Calls Todoist's REST API (v2) with the node's token. */
export async function todoist(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'DELETE'; json?: unknown; query?: Record<string, string | undefined> } = {},
): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://api.todoist.com').replace(/\/$/, '');
  const url = apiUrl(`${base}/rest/v2`, path, options.query);
  const { body } = await callProvider(ctx, {
    provider: 'Todoist',
    method: options.method ?? 'GET',
    url,
    headers: { authorization: `Bearer ${credential.fields.token ?? ''}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the Todoist API token',
  });
  return body;
}
