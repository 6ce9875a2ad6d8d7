import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubComment = defineBlock({
  id: 'github.comment',
  name: 'GitHub: Comment',
  description: 'Comments on an issue or a pull request (both are issues to GitHub’s comments API).',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    ...githubInputs,
    number: z.number().int().min(1).describe('The issue or pull request number.'),
    body: z.string().min(1).describe('Markdown.'),
  }),
  output: z.object({ url: z.string().describe('The comment on GitHub.'), id: z.number() }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a GitHub token',
      input: { repository: 'octocat/hello-world', number: 1, body: 'Thanks!' },
      error: 'needs a credential of kind github_token',
    },
  ],
  async *run({ repository, number, body }, ctx) {
    const comment = (await github(ctx, apiPath`/repos/${segments(repository)}/issues/${number}/comments`, { method: 'POST', json: { body } })) as {
      html_url: string;
      id: number;
    };
    yield ['url', comment.html_url];
    yield ['id', comment.id];
  },
});
