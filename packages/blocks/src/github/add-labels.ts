import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, githubInputs, issueNumber } from './github-api.ts';
import { apiPath, segments } from '../shared/api-path.ts';

export const githubAddLabels = defineBlock({
  id: 'github.add_labels',
  name: 'GitHub: Add Labels',
  description: 'Adds labels to an issue or pull request (GitHub creates labels it does not know); answers all its labels.',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({ ...githubInputs, number: issueNumber, labels: z.array(z.string().min(1).max(50)).min(1).max(100) }),
  output: z.object({ labels: z.array(z.string()) }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a GitHub token',
      input: { repository: 'octocat/hello-world', number: 1, labels: ['bug'] },
      error: 'needs a credential of kind github_token',
    },
  ],
  async *run({ repository, number, labels }, ctx) {
    const all = (await github(ctx, apiPath`/repos/${segments(repository)}/issues/${number}/labels`, { method: 'POST', json: { labels } })) as {
      name: string;
    }[];
    yield ['labels', all.map((l) => l.name)];
  },
});
