import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { github, githubCredential, issueSchema, toIssue } from './github-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const githubSearchIssues = defineBlock({
  id: 'github.search_issues',
  name: 'GitHub: Search Issues',
  description: 'Searches issues and pull requests across GitHub with its search syntax, e.g. "repo:octo/app is:open label:bug crash".',
  categories: ['github', 'developer'],
  credentials: [githubCredential],
  input: z.object({
    query: z.string().min(1).max(256).describe('GitHub search syntax: repo:, is:open, label:, author:, words.'),
    sort: z.enum(['best-match', 'created', 'updated', 'comments']).default('best-match'),
    limit: z.number().int().min(1).max(100).default(20),
    credential: z.string().optional().describe('Which GitHub token to use.'),
  }),
  output: z.object({ issues: z.array(issueSchema), total: z.number().int().describe('How many match in all (more than listed when over the limit).') }),
  examples: [{ name: 'needs a GitHub token', input: { query: 'is:open label:bug' }, error: 'needs a credential of kind github_token' }],
  async *run({ query, sort, limit }, ctx) {
    const found = (await github(ctx, apiPath`/search/issues`, { query: { q: query, per_page: limit, ...(sort === 'best-match' ? {} : { sort }) } })) as {
      total_count: number;
      items: unknown[];
    };
    yield ['issues', found.items.map(toIssue)];
    yield ['total', found.total_count];
  },
});
