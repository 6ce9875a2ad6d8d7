import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, issueNumber } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

const EVENTS = { approve: 'APPROVE', request_changes: 'REQUEST_CHANGES', comment: 'COMMENT' } as const;

export const githubReviewPullRequest = defineBlock({
  id: 'github.review_pull_request',
  name: 'GitHub: Review Pull Request',
  description: 'Submits a review on a pull request: approve, request changes, or comment, with a message.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    ...githubInputs,
    number: issueNumber,
    verdict: z.enum(['approve', 'request_changes', 'comment']).default('comment'),
    body: z.string().default('').describe('Markdown; needed to request changes or comment.'),
  }),
  output: z.object({ id: z.number(), state: z.string(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a GitHub token',
      input: { repository: 'octocat/hello-world', number: 1, verdict: 'approve' },
      error: 'needs a credential of kind github_token',
    },
    {
      name: 'asks for a message to request changes',
      input: { repository: 'octocat/hello-world', number: 1, verdict: 'request_changes' },
      error: 'needs a body',
    },
  ],
  async *run({ repository, number, verdict, body }, ctx) {
    if (verdict !== 'approve' && body.trim() === '') {
      throw new BlockError('input', `A review that does not approve needs a body: say what to change or what you noticed.`, { retriable: false });
    }
    const review = (await github(ctx, apiPath`/repos/${segments(repository)}/pulls/${number}/reviews`, {
      method: 'POST',
      json: { event: EVENTS[verdict], body },
    })) as {
      id: number;
      state: string;
      html_url: string;
    };
    yield ['id', review.id];
    yield ['state', review.state];
    yield ['url', review.html_url];
  },
});
