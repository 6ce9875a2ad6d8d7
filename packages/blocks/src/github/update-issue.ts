import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, issueNumber, issueSchema, toIssue } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubUpdateIssue = defineBlock({
  id: 'github.update_issue',
  name: 'GitHub: Update Issue',
  description: 'Changes an issue: title, body, open or closed (completed / not planned), labels (replacing them), assignees. What is not given stays.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    ...githubInputs,
    number: issueNumber,
    title: z.string().min(1).max(256).optional(),
    body: z.string().optional().describe('Markdown.'),
    state: z.enum(['open', 'closed']).optional(),
    state_reason: z.enum(['completed', 'not_planned', 'reopened']).optional().describe('Why it was closed or reopened.'),
    labels: z.array(z.string()).optional().describe('Replaces every label.'),
    assignees: z.array(z.string()).optional().describe('Replaces every assignee (logins).'),
  }),
  output: z.object({ issue: issueSchema }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a GitHub token',
      input: { repository: 'octocat/hello-world', number: 1, state: 'closed' },
      error: 'needs a credential of kind github_token',
    },
  ],
  async *run({ repository, number, credential: _, ...change }, ctx) {
    yield ['issue', toIssue(await github(ctx, apiPath`/repos/${segments(repository)}/issues/${number}`, { method: 'PATCH', json: change }))];
  },
});
