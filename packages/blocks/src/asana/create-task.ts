import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { asana, asanaCredential, asanaTaskSchema, TASK_FIELDS, toAsanaTask } from './asana-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const asanaCreateTask = defineBlock({
  id: 'asana.create_task',
  name: 'Asana: Create Task',
  description: 'Creates an Asana task in a project, with notes, a due date and an assignee if given.',
  categories: ['asana', 'productivity'],
  credentials: [asanaCredential],
  input: z.object({
    project_id: z.string().min(1),
    name: z.string().min(1),
    notes: z.string().optional(),
    due_on: z.iso.date().optional(),
    assignee: z.string().optional().describe('A user’s id or email, or "me".'),
    credential: z.string().optional(),
  }),
  output: z.object({ task: asanaTaskSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { project_id: 'p', name: 'Review' }, error: 'needs a credential of kind asana_token' }],
  async *run({ project_id, name, notes, due_on, assignee }, ctx) {
    const data = { name, projects: [project_id], ...(notes ? { notes } : {}), ...(due_on ? { due_on } : {}), ...(assignee ? { assignee } : {}) };
    yield ['task', toAsanaTask(await asana(ctx, apiPath`/tasks`, { method: 'POST', data, query: { opt_fields: TASK_FIELDS } }))];
  },
});
