import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const asanaCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'asana_token',
  description: 'An Asana personal access token (My settings → Apps → Developer apps).',
};

/** Calls Asana's API 1.0 with the node's token; answers its `data`. */
export async function asana(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PUT'; data?: unknown; query?: Record<string, string | undefined> } = {},
): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const url = apiUrl(`${(credential.fields.baseUrl || 'https://app.asana.com').replace(/\/$/, '')}/api/1.0`, path, options.query);
  const { body } = await callProvider(ctx, {
    provider: 'Asana',
    method: options.method ?? 'GET',
    url,
    headers: { authorization: `Bearer ${credential.fields.token ?? ''}` },
    ...(options.data !== undefined ? { json: { data: options.data } } : {}),
    credentialHint: 'the Asana personal access token',
  });
  return (body as { data?: unknown }).data;
}

export const TASK_FIELDS = 'name,notes,completed,due_on,assignee.name,permalink_url';

export const asanaTaskSchema = z.object({
  id: z.string(),
  name: z.string(),
  notes: z.string(),
  completed: z.boolean(),
  due_on: z.string(),
  assignee: z.string(),
  url: z.string(),
});

export const toAsanaTask = (raw: unknown): z.infer<typeof asanaTaskSchema> => {
  const task = raw as {
    gid: string;
    name: string;
    notes?: string;
    completed?: boolean;
    due_on?: string | null;
    assignee?: { name?: string } | null;
    permalink_url?: string;
  };
  return {
    id: task.gid,
    name: task.name,
    notes: task.notes ?? '',
    completed: task.completed ?? false,
    due_on: task.due_on ?? '',
    assignee: task.assignee?.name ?? '',
    url: task.permalink_url ?? '',
  };
};
