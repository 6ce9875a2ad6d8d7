import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { asana, asanaCredential } from './asana-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const asanaCommentTask = defineBlock({
  id: 'asana.comment_task',
  name: 'Asana: Comment on Task',
  description: 'Adds a comment (a story) to an Asana task.',
  categories: ['asana', 'productivity'],
  credentials: [asanaCredential],
  input: z.object({ task_id: z.string().min(1), text: z.string().min(1), credential: z.string().optional() }),
  output: z.object({ comment_id: z.string(), created_at: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { task_id: 't', text: 'Done' }, error: 'needs a credential of kind asana_token' }],
  async *run({ task_id, text }, ctx) {
    const story = (await asana(ctx, apiPath`/tasks/${task_id}/stories`, { method: 'POST', data: { text } })) as { gid: string; created_at?: string };
    yield ['comment_id', story.gid];
    yield ['created_at', story.created_at ?? ''];
  },
});
