import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, issueSchema, toIssue } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubCreateIssue = defineBlock({
  id: 'github.create_issue',
  name: 'GitHub: Create Issue',
  description: 'Opens an issue in a repository, with labels and assignees if given.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    ...githubInputs,
    title: z.string().min(1),
    body: z.string().default('').describe('Markdown.'),
    labels: z.array(z.string()).default([]),
    assignees: z.array(z.string()).default([]).describe('GitHub logins.'),
  }),
  output: z.object({ issue: issueSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a GitHub token', input: { repository: 'octocat/hello-world', title: 'Bug' }, error: 'needs a credential of kind github_token' }],
  async *run({ repository, title, body, labels, assignees }, ctx) {
    yield ['issue', toIssue(await github(ctx, apiPath`/repos/${segments(repository)}/issues`, { method: 'POST', json: { title, body, labels, assignees } }))];
  },
});
