import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubPullRequestDiff = defineBlock({
  id: 'github.pull_request_diff',
  name: 'GitHub: Pull Request Diff',
  description: 'Reads the unified diff of a pull request — what a model reviews.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({ ...githubInputs, number: z.number().int().min(1) }),
  output: z.object({ diff: z.string() }),
  examples: [{ name: 'needs a GitHub token', input: { repository: 'octocat/hello-world', number: 1 }, error: 'needs a credential of kind github_token' }],
  async *run({ repository, number }, ctx) {
    yield ['diff', String(await github(ctx, apiPath`/repos/${segments(repository)}/pulls/${number}`, { accept: 'application/vnd.github.diff' }))];
  },
});
