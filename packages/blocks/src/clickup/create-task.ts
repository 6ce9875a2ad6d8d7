import { defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const clickupCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'clickup_token',
  description: 'A ClickUp personal API token (Settings → Apps → API token, pk_…).',
};

export const clickupCreateTask = defineBlock({
  id: 'clickup.create_task',
  name: 'ClickUp: Create Task',
  description: 'Creates a ClickUp task in a list, with a Markdown description, a priority, a due date and tags if given.',
  categories: ['clickup', 'productivity'],
  credentials: [clickupCredential],
  input: z.object({
    list_id: z.string().regex(/^\d+$/, 'a list id is a number'),
    name: z.string().min(1),
    description: z.string().optional().describe('Markdown.'),
    priority: z.number().int().min(1).max(4).optional().describe('1 urgent, 2 high, 3 normal, 4 low.'),
    due: z.iso.datetime({ offset: true }).optional(),
    tags: z.array(z.string()).default([]),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string(), url: z.string(), status: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { list_id: '1', name: 'Fix' }, error: 'needs a credential of kind clickup_token' }],
  async *run({ list_id, name, description, priority, due, tags }, ctx) {
    const { fields } = await ctx.credential('credential');
    const json = {
      name,
      ...(description ? { markdown_description: description } : {}),
      ...(priority ? { priority } : {}),
      ...(due ? { due_date: Date.parse(due), due_date_time: true } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    };
    const { body } = await callProvider(ctx, {
      provider: 'ClickUp',
      method: 'POST',
      url: apiUrl(fields.baseUrl || 'https://api.clickup.com', apiPath`/api/v2/list/${list_id}/task`),
      // ClickUp takes a personal token as the header's whole value, without a scheme.
      headers: { authorization: fields.token ?? '' },
      json,
      credentialHint: 'the ClickUp API token',
    });
    const task = body as { id: string; url?: string; status?: { status?: string } };
    yield ['id', task.id];
    yield ['url', task.url ?? ''];
    yield ['status', task.status?.status ?? ''];
  },
});
