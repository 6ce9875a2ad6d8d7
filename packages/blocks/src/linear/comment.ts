import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { linear, linearCredential } from './linear-api.ts';

export const linearComment = defineBlock({
  id: 'linear.comment',
  name: 'Linear: Comment',
  description: 'Comments on a Linear issue (Markdown).',
  categories: ['linear', 'developer'],
  credentials: [linearCredential],
  input: z.object({
    issue_id: z.string().min(1).describe('The issue’s id or identifier, e.g. ENG-12.'),
    body: z.string().min(1).describe('Markdown.'),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs an API key', input: { issue_id: 'ENG-1', body: 'Fixed in 1.2' }, error: 'needs a credential of kind linear_key' }],
  async *run({ issue_id, body }, ctx) {
    const data = await linear(ctx, `mutation Comment($input: CommentCreateInput!) { commentCreate(input: $input) { success comment { id url } } }`, {
      input: { issueId: issue_id, body },
    });
    const created = data.commentCreate as { success: boolean; comment?: { id: string; url: string } } | undefined;
    if (!created?.success || !created.comment) throw new BlockError('provider', `Linear did not add the comment to ${issue_id}.`, { retriable: false });
    yield ['id', created.comment.id];
    yield ['url', created.comment.url];
  },
});
