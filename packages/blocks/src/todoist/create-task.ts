import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { taskSchema, todoist, todoistCredential, toTask } from './todoist-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const todoistCreateTask = defineBlock({
  id: 'todoist.create_task',
  name: 'Todoist: Create Task',
  description: 'Adds a Todoist task, with a due date in plain words ("tomorrow 9am") and a priority if given.',
  categories: ['todoist', 'productivity'],
  credentials: [todoistCredential],
  input: z.object({
    content: z.string().min(1),
    description: z.string().optional(),
    due: z.string().optional().describe('In words, e.g. "every friday" or "tomorrow 9am".'),
    priority: z.number().int().min(1).max(4).optional().describe('4 is the most urgent (p1 in the app).'),
    project_id: z.string().optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ task: taskSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { content: 'Water plants' }, error: 'needs a credential of kind todoist_token' }],
  async *run({ content, description, due, priority, project_id }, ctx) {
    const json = {
      content,
      ...(description ? { description } : {}),
      ...(due ? { due_string: due } : {}),
      ...(priority ? { priority } : {}),
      ...(project_id ? { project_id } : {}),
    };
    yield ['task', toTask(await todoist(ctx, apiPath`/tasks`, { method: 'POST', json }))];
  },
});
