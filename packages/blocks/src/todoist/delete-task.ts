import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { todoist, todoistCredential } from './todoist-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const todoistDeleteTask = defineBlock({
  id: 'todoist.delete_task',
  name: 'Todoist: Delete Task',
  description: 'Deletes a Todoist task (and its sub-tasks); to mark one done, use Complete Task.',
  categories: ['todoist', 'productivity'],
  credentials: [todoistCredential],
  input: z.object({ task_id: z.string().min(1), credential: z.string().optional() }),
  output: z.object({ deleted: z.boolean() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { task_id: '1' }, error: 'needs a credential of kind todoist_token' }],
  async *run({ task_id }, ctx) {
    await todoist(ctx, apiPath`/tasks/${task_id}`, { method: 'DELETE' });
    yield ['deleted', true];
  },
});
