import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { atlassian, atlassianCredential } from './atlassian-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const jiraTransitionIssue = defineBlock({
  id: 'jira.transition_issue',
  name: 'Jira: Move Issue',
  description: 'Moves a Jira issue to another status through its workflow (e.g. "In Progress", "Done").',
  categories: ['jira', 'developer', 'productivity'],
  credentials: [atlassianCredential],
  input: z.object({
    issue: z.string().min(1).describe('The issue’s key (OPS-12) or id.'),
    to: z.string().min(1).describe('The status or the transition’s name, as the workflow shows it.'),
    credential: z.string().optional(),
  }),
  output: z.object({ status: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { issue: 'OPS-1', to: 'Done' }, error: 'needs a credential of kind atlassian' }],
  async *run({ issue, to }, ctx) {
    const path = apiPath`/rest/api/3/issue/${issue}/transitions`;
    const { transitions = [] } = (await atlassian(ctx, 'Jira', path)) as { transitions?: { id: string; name: string; to?: { name?: string } }[] };
    const wanted = to.toLowerCase();
    const transition = transitions.find((t) => t.name.toLowerCase() === wanted || t.to?.name?.toLowerCase() === wanted);
    if (!transition) {
      const offered = transitions.map((t) => t.to?.name ?? t.name).join(', ') || 'none';
      throw new BlockError('invalid_input', `${issue} cannot move to "${to}" from where it is; its workflow offers: ${offered}.`, { retriable: false });
    }
    await atlassian(ctx, 'Jira', path, { method: 'POST', json: { transition: { id: transition.id } } });
    yield ['status', transition.to?.name ?? transition.name];
  },
});
