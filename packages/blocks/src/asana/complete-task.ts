import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { asana, asanaCredential, asanaTaskSchema, TASK_FIELDS, toAsanaTask } from './asana-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const asanaCompleteTask = defineBlock({
  id: 'asana.complete_task',
  name: 'Asana: Complete Task',
  description: 'Marks an Asana task complete (or open again).',
  categories: ['asana', 'productivity'],
  credentials: [asanaCredential],
  input: z.object({ task_id: z.string().min(1), completed: z.boolean().default(true), credential: z.string().optional() }),
  output: z.object({ task: asanaTaskSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { task_id: 't' }, error: 'needs a credential of kind asana_token' }],
  async *run({ task_id, completed }, ctx) {
    const task = await asana(ctx, apiPath`/tasks/${task_id}`, { method: 'PUT', data: { completed }, query: { opt_fields: TASK_FIELDS } });
    yield ['task', toAsanaTask(task)];
  },
});
