import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, issueSchema, toIssue } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubListIssues = defineBlock({
  id: 'github.list_issues',
  name: 'GitHub: List Issues',
  description: 'Lists the issues of a repository (not pull requests), newest first: open, closed or all, optionally with labels.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    ...githubInputs,
    state: z.enum(['open', 'closed', 'all']).default('open'),
    labels: z.array(z.string()).default([]).describe('Only issues with all of these labels.'),
    limit: z.number().int().min(1).max(100).default(30),
  }),
  output: z.object({ issues: z.array(issueSchema) }),
  examples: [{ name: 'needs a GitHub token', input: { repository: 'octocat/hello-world' }, error: 'needs a credential of kind github_token' }],
  async *run({ repository, state, labels, limit }, ctx) {
    const raw = (await github(ctx, apiPath`/repos/${segments(repository)}/issues`, {
      query: { state, per_page: limit, ...(labels.length ? { labels: labels.join(',') } : {}) },
    })) as { pull_request?: unknown }[];
    yield ['issues', raw.filter((i) => i.pull_request === undefined).map(toIssue)];
  },
});
