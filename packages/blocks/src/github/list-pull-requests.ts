import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, issueSchema, toIssue } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubListPullRequests = defineBlock({
  id: 'github.list_pull_requests',
  name: 'GitHub: List Pull Requests',
  description: 'Lists the pull requests of a repository, newest first: open, closed or all.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({ ...githubInputs, state: z.enum(['open', 'closed', 'all']).default('open'), limit: z.number().int().min(1).max(100).default(30) }),
  output: z.object({ pull_requests: z.array(issueSchema) }),
  examples: [{ name: 'needs a GitHub token', input: { repository: 'octocat/hello-world' }, error: 'needs a credential of kind github_token' }],
  async *run({ repository, state, limit }, ctx) {
    const raw = (await github(ctx, apiPath`/repos/${segments(repository)}/pulls`, { query: { state, per_page: limit } })) as unknown[];
    yield ['pull_requests', raw.map(toIssue)];
  },
});
