import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, issueNumber } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubGetPullRequest = defineBlock({
  id: 'github.get_pull_request',
  name: 'GitHub: Read Pull Request',
  description:
    'Reads a pull request: title, description, branches, whether it is merged or a draft, and how much it changes (use github.pull_request_diff for the diff itself).',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({ ...githubInputs, number: issueNumber }),
  output: z.object({
    pull_request: z.object({
      number: z.number(),
      title: z.string(),
      body: z.string(),
      state: z.string(),
      url: z.string(),
      author: z.string(),
      head: z.string().describe('The branch with the changes.'),
      base: z.string().describe('The branch it goes into.'),
      draft: z.boolean(),
      merged: z.boolean(),
      additions: z.number(),
      deletions: z.number(),
      changed_files: z.number(),
    }),
  }),
  examples: [{ name: 'needs a GitHub token', input: { repository: 'octocat/hello-world', number: 1 }, error: 'needs a credential of kind github_token' }],
  async *run({ repository, number }, ctx) {
    const pr = (await github(ctx, apiPath`/repos/${segments(repository)}/pulls/${number}`)) as {
      number: number;
      title: string;
      body?: string | null;
      state: string;
      html_url: string;
      user?: { login?: string };
      head: { ref: string };
      base: { ref: string };
      draft?: boolean;
      merged?: boolean;
      additions?: number;
      deletions?: number;
      changed_files?: number;
    };
    yield [
      'pull_request',
      {
        number: pr.number,
        title: pr.title,
        body: pr.body ?? '',
        state: pr.state,
        url: pr.html_url,
        author: pr.user?.login ?? '',
        head: pr.head.ref,
        base: pr.base.ref,
        draft: pr.draft ?? false,
        merged: pr.merged ?? false,
        additions: pr.additions ?? 0,
        deletions: pr.deletions ?? 0,
        changed_files: pr.changed_files ?? 0,
      },
    ];
  },
});
