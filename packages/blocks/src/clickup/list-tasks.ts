import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { clickup, clickupCredential, clickupTaskSchema, listId, toClickupTask } from './clickup-api.ts';

export const clickupListTasks = defineBlock({
  id: 'clickup.list_tasks',
  name: 'ClickUp: List Tasks',
  description: 'Lists the tasks of a ClickUp list across its pages: the open ones, or closed ones too, with a status filter.',
  categories: ['clickup', 'productivity'],
  credentials: [clickupCredential],
  input: z.object({
    list_id: listId,
    statuses: z.array(z.string().min(1)).default([]).describe('Only tasks in these statuses, e.g. ["to do", "in progress"].'),
    include_closed: z.boolean().default(false),
    limit: z.number().int().min(1).max(1000).default(100),
    credential: z.string().optional(),
  }),
  output: z.object({ tasks: z.array(clickupTaskSchema) }),
  examples: [{ name: 'needs a token', input: { list_id: '1' }, error: 'needs a credential of kind clickup_token' }],
  async *run({ list_id, statuses, include_closed, limit }, ctx) {
    const tasks: z.infer<typeof clickupTaskSchema>[] = [];
    // ClickUp pages by number, 100 tasks a page, and says when a page is the last.
    for (let page = 0; tasks.length < limit; page++) {
      const query = { page, include_closed, 'statuses[]': statuses };
      const answer = (await clickup(ctx, apiPath`/api/v2/list/${list_id}/task`, { query })) as { tasks?: unknown[]; last_page?: boolean };
      tasks.push(...(answer.tasks ?? []).map(toClickupTask));
      if (answer.last_page !== false || (answer.tasks ?? []).length === 0) break;
    }
    yield ['tasks', tasks.slice(0, limit)];
  },
});
