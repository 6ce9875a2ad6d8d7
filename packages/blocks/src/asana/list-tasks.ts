import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { asana, asanaCredential, asanaTaskSchema, TASK_FIELDS, toAsanaTask } from './asana-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const asanaListTasks = defineBlock({
  id: 'asana.list_tasks',
  name: 'Asana: List Tasks',
  description: 'Lists the tasks of an Asana project; only the open ones unless asked.',
  categories: ['asana', 'productivity'],
  credentials: [asanaCredential],
  input: z.object({
    project_id: z.string().min(1),
    include_completed: z.boolean().default(false),
    limit: z.number().int().min(1).max(100).default(50),
    credential: z.string().optional(),
  }),
  output: z.object({ tasks: z.array(asanaTaskSchema) }),
  examples: [{ name: 'needs a token', input: { project_id: 'p' }, error: 'needs a credential of kind asana_token' }],
  async *run({ project_id, include_completed, limit }, ctx) {
    // completed_since=now is Asana's way to ask for the tasks not completed.
    const query = { project: project_id, opt_fields: TASK_FIELDS, limit: String(limit), ...(include_completed ? {} : { completed_since: 'now' }) };
    yield ['tasks', ((await asana(ctx, apiPath`/tasks`, { query })) as unknown[]).map(toAsanaTask)];
  },
});
