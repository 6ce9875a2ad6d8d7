import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { todoist, todoistCredential } from './todoist-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const todoistCloseTask = defineBlock({
  id: 'todoist.close_task',
  name: 'Todoist: Complete Task',
  description: 'Marks a Todoist task done (a recurring one moves to its next date).',
  categories: ['todoist', 'productivity'],
  credentials: [todoistCredential],
  input: z.object({ task_id: z.string().min(1), credential: z.string().optional() }),
  output: z.object({ done: z.boolean() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { task_id: '1' }, error: 'needs a credential of kind todoist_token' }],
  async *run({ task_id }, ctx) {
    await todoist(ctx, apiPath`/tasks/${task_id}/close`, { method: 'POST' });
    yield ['done', true];
  },
});
