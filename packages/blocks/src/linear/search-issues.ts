import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { ISSUE_FIELDS, issueSchema, linear, linearCredential, toIssue } from './linear-api.ts';

export const linearSearchIssues = defineBlock({
  id: 'linear.search_issues',
  name: 'Linear: Search Issues',
  description: 'Finds Linear issues by words in their title or description.',
  categories: ['linear', 'developer'],
  credentials: [linearCredential],
  input: z.object({ query: z.string().min(1), limit: z.number().int().min(1).max(100).default(20), credential: z.string().optional() }),
  output: z.object({ issues: z.array(issueSchema) }),
  examples: [{ name: 'needs an API key', input: { query: 'login' }, error: 'needs a credential of kind linear_key' }],
  async *run({ query, limit }, ctx) {
    const data = await linear(ctx, `query Search($term: String!, $first: Int!) { searchIssues(term: $term, first: $first) { nodes { ${ISSUE_FIELDS} } } }`, {
      term: query,
      first: limit,
    });
    yield ['issues', ((data.searchIssues as { nodes: unknown[] } | undefined)?.nodes ?? []).map(toIssue)];
  },
});
