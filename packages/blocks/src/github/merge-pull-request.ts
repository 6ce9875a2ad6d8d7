import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, issueNumber } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubMergePullRequest = defineBlock({
  id: 'github.merge_pull_request',
  name: 'GitHub: Merge Pull Request',
  description:
    'Merges a pull request (a merge commit, squash or rebase); with `sha`, only if its head is still that commit — so an agent merges what it reviewed, not what was pushed since.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    ...githubInputs,
    number: issueNumber,
    method: z.enum(['merge', 'squash', 'rebase']).default('squash'),
    sha: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/, 'a commit sha')
      .optional()
      .describe('The head commit that must still be the pull request’s (github.get_pull_request gives it).'),
    commit_title: z.string().max(256).optional(),
    commit_message: z.string().optional(),
  }),
  output: z.object({ merged: z.boolean(), sha: z.string().describe('The merge commit.'), message: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a GitHub token', input: { repository: 'octocat/hello-world', number: 1 }, error: 'needs a credential of kind github_token' }],
  async *run({ repository, number, method, sha, commit_title, commit_message }, ctx) {
    const json = { merge_method: method, ...(sha ? { sha } : {}), ...(commit_title ? { commit_title } : {}), ...(commit_message ? { commit_message } : {}) };
    const answer = (await github(ctx, apiPath`/repos/${segments(repository)}/pulls/${number}/merge`, { method: 'PUT', json })) as {
      merged?: boolean;
      sha?: string;
      message?: string;
    };
    yield ['merged', answer.merged === true];
    yield ['sha', answer.sha ?? ''];
    yield ['message', answer.message ?? ''];
  },
});
