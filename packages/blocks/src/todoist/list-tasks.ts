import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { taskSchema, todoist, todoistCredential, toTask } from './todoist-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const todoistListTasks = defineBlock({
  id: 'todoist.list_tasks',
  name: 'Todoist: List Tasks',
  description: 'Lists open Todoist tasks: all, a project’s, or those a Todoist filter selects (e.g. "today | overdue").',
  categories: ['todoist', 'productivity'],
  credentials: [todoistCredential],
  input: z.object({ project_id: z.string().optional(), filter: z.string().optional(), credential: z.string().optional() }),
  output: z.object({ tasks: z.array(taskSchema) }),
  examples: [{ name: 'needs a token', input: {}, error: 'needs a credential of kind todoist_token' }],
  async *run({ project_id, filter }, ctx) {
    yield ['tasks', ((await todoist(ctx, apiPath`/tasks`, { query: { project_id, filter } })) as unknown[]).map(toTask)];
  },
});
