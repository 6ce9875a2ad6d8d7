import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { ISSUE_FIELDS, issueSchema, linear, linearCredential, toIssue } from './linear-api.ts';

export const linearUpdateIssue = defineBlock({
  id: 'linear.update_issue',
  name: 'Linear: Update Issue',
  description: 'Changes a Linear issue: its title, description, state or priority (only what is given).',
  categories: ['linear', 'developer'],
  credentials: [linearCredential],
  input: z.object({
    id: z.string().min(1).describe('The issue’s id or identifier, e.g. ENG-12.'),
    title: z.string().min(1).optional(),
    description: z.string().optional(),
    state_id: z.string().optional().describe('The workflow state to move it to.'),
    priority: z.number().int().min(0).max(4).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ issue: issueSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs an API key', input: { id: 'ENG-1', title: 'New' }, error: 'needs a credential of kind linear_key' }],
  async *run({ id, title, description, state_id, priority }, ctx) {
    const input = {
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(state_id !== undefined ? { stateId: state_id } : {}),
      ...(priority !== undefined ? { priority } : {}),
    };
    if (Object.keys(input).length === 0)
      throw new BlockError('invalid_input', 'Give something to change: title, description, state_id or priority.', { retriable: false });
    const data = await linear(
      ctx,
      `mutation Update($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) { success issue { ${ISSUE_FIELDS} } } }`,
      { id, input },
    );
    const updated = data.issueUpdate as { success: boolean; issue?: unknown } | undefined;
    if (!updated?.success || !updated.issue) throw new BlockError('provider', `Linear did not update ${id}.`, { retriable: false });
    yield ['issue', toIssue(updated.issue)];
  },
});
