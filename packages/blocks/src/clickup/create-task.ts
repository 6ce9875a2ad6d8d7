import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { clickup, clickupCredential, listId } from './clickup-api.ts';

export const clickupCreateTask = defineBlock({
  id: 'clickup.create_task',
  name: 'ClickUp: Create Task',
  description: 'Creates a ClickUp task in a list, with a Markdown description, a priority, a due date and tags if given.',
  categories: ['clickup', 'productivity'],
  credentials: [clickupCredential],
  input: z.object({
    list_id: listId,
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
    const json = {
      name,
      ...(description ? { markdown_description: description } : {}),
      ...(priority ? { priority } : {}),
      ...(due ? { due_date: Date.parse(due), due_date_time: true } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    };
    const body = await clickup(ctx, apiPath`/api/v2/list/${list_id}/task`, { method: 'POST', json });
    const task = body as { id: string; url?: string; status?: { status?: string } };
    yield ['id', task.id];
    yield ['url', task.url ?? ''];
    yield ['status', task.status?.status ?? ''];
  },
});
