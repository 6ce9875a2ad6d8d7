import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { ISSUE_FIELDS, issueSchema, linear, linearCredential, toIssue } from './linear-api.ts';

const commentSchema = z.object({ author: z.string(), body: z.string(), created_at: z.string() });

const QUERY = `query Issue($id: String!) {
  issue(id: $id) {
    ${ISSUE_FIELDS}
    assignee { name }
    comments(first: 100) { nodes { body createdAt user { name } } }
  }
}`;

export const linearGetIssue = defineBlock({
  id: 'linear.get_issue',
  name: 'Linear: Get Issue',
  description: 'Reads a Linear issue by its identifier (ENG-123) or id, with its assignee and comments, oldest first.',
  categories: ['linear', 'developer'],
  credentials: [linearCredential],
  input: z.object({ issue_id: z.string().min(1).describe('ENG-123, or the issue’s id.'), credential: z.string().optional() }),
  output: z.object({ issue: issueSchema, assignee: z.string(), comments: z.array(commentSchema) }),
  examples: [{ name: 'needs a key', input: { issue_id: 'ENG-1' }, error: 'needs a credential of kind linear_key' }],
  async *run({ issue_id }, ctx) {
    const { issue } = (await linear(ctx, QUERY, { id: issue_id })) as {
      issue?: { assignee?: { name?: string } | null; comments?: { nodes?: { body?: string; createdAt?: string; user?: { name?: string } | null }[] } } | null;
    };
    if (!issue) throw new BlockError('not_found', `Linear has no issue ${issue_id} that this key may read.`, { retriable: false });
    const comments = (issue.comments?.nodes ?? [])
      .map((c) => ({ author: c.user?.name ?? '', body: c.body ?? '', created_at: c.createdAt ?? '' }))
      .sort((a, b) => a.created_at.localeCompare(b.created_at));
    yield ['issue', toIssue(issue)];
    yield ['assignee', issue.assignee?.name ?? ''];
    yield ['comments', comments];
  },
});
