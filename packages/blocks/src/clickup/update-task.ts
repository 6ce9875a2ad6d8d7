import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { clickup, clickupCredential, clickupTaskSchema, taskId, toClickupTask } from './clickup-api.ts';

export const clickupUpdateTask = defineBlock({
  id: 'clickup.update_task',
  name: 'ClickUp: Update Task',
  description: 'Changes a ClickUp task’s status, name, priority, due date or description; what is not given stays.',
  categories: ['clickup', 'productivity'],
  credentials: [clickupCredential],
  input: z.object({
    task_id: taskId,
    status: z.string().min(1).optional().describe('A status of the task’s list, e.g. "complete".'),
    name: z.string().min(1).optional(),
    priority: z.number().int().min(1).max(4).optional().describe('1 urgent, 2 high, 3 normal, 4 low.'),
    due: z.iso.datetime({ offset: true }).optional(),
    description: z.string().optional().describe('Markdown; replaces the description.'),
    credential: z.string().optional(),
  }),
  output: z.object({ task: clickupTaskSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { task_id: 'abc', status: 'complete' }, error: 'needs a credential of kind clickup_token' }],
  async *run({ task_id, status, name, priority, due, description }, ctx) {
    const json = {
      ...(status ? { status } : {}),
      ...(name ? { name } : {}),
      ...(priority ? { priority } : {}),
      ...(due ? { due_date: Date.parse(due), due_date_time: true } : {}),
      ...(description !== undefined ? { markdown_description: description } : {}),
    };
    if (Object.keys(json).length === 0)
      throw new BlockError('invalid_input', 'Give something to change: a status, name, priority, due date or description.', { retriable: false });
    yield ['task', toClickupTask(await clickup(ctx, apiPath`/api/v2/task/${task_id}`, { method: 'PUT', json }))];
  },
});
