import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { ISSUE_FIELDS, issueSchema, linear, linearCredential, toIssue } from './linear-api.ts';

export const linearCreateIssue = defineBlock({
  id: 'linear.create_issue',
  name: 'Linear: Create Issue',
  description: 'Creates an issue in a Linear team.',
  categories: ['linear', 'developer'],
  credentials: [linearCredential],
  input: z.object({
    team_id: z.string().min(1).describe('The team’s id.'),
    title: z.string().min(1),
    description: z.string().default('').describe('Markdown.'),
    priority: z.number().int().min(0).max(4).optional().describe('0 none, 1 urgent … 4 low.'),
    credential: z.string().optional(),
  }),
  output: z.object({ issue: issueSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs an API key', input: { team_id: 't', title: 'Bug' }, error: 'needs a credential of kind linear_key' }],
  async *run({ team_id, title, description, priority }, ctx) {
    const data = await linear(ctx, `mutation Create($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { ${ISSUE_FIELDS} } } }`, {
      input: { teamId: team_id, title, description, ...(priority !== undefined ? { priority } : {}) },
    });
    const created = data.issueCreate as { success: boolean; issue?: unknown } | undefined;
    if (!created?.success || !created.issue) throw new BlockError('provider', 'Linear did not create the issue; check the team id.', { retriable: false });
    yield ['issue', toIssue(created.issue)];
  },
});
