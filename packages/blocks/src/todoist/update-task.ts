import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { taskSchema, todoist, todoistCredential, toTask } from './todoist-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const todoistUpdateTask = defineBlock({
  id: 'todoist.update_task',
  name: 'Todoist: Update Task',
  description: 'Changes a Todoist task: its content, description, due date (in words) or priority; only what is given.',
  categories: ['todoist', 'productivity'],
  credentials: [todoistCredential],
  input: z.object({
    task_id: z.string().min(1),
    content: z.string().min(1).optional(),
    description: z.string().optional(),
    due: z.string().optional().describe('In words, e.g. "next monday".'),
    priority: z.number().int().min(1).max(4).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ task: taskSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { task_id: '1', priority: 4 }, error: 'needs a credential of kind todoist_token' }],
  async *run({ task_id, content, description, due, priority }, ctx) {
    const json = {
      ...(content !== undefined ? { content } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(due !== undefined ? { due_string: due } : {}),
      ...(priority !== undefined ? { priority } : {}),
    };
    if (Object.keys(json).length === 0)
      throw new BlockError('invalid_input', 'Give something to change: content, description, due or priority.', { retriable: false });
    yield ['task', toTask(await todoist(ctx, apiPath`/tasks/${task_id}`, { method: 'POST', json }))];
  },
});
