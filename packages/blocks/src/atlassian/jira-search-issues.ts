import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { atlassian, atlassianCredential, jiraIssueSchema, toJiraIssue } from './atlassian-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const jiraSearchIssues = defineBlock({
  id: 'jira.search_issues',
  name: 'Jira: Search Issues',
  description: 'Finds Jira issues with a JQL query, e.g. project = OPS AND status != Done ORDER BY created DESC.',
  categories: ['jira', 'developer', 'productivity'],
  credentials: [atlassianCredential],
  input: z.object({
    jql: z.string().min(1).describe('A JQL query.'),
    limit: z.number().int().min(1).max(100).default(25),
    credential: z.string().optional(),
  }),
  output: z.object({ issues: z.array(jiraIssueSchema) }),
  examples: [{ name: 'needs a credential', input: { jql: 'project = OPS' }, error: 'needs a credential of kind atlassian' }],
  async *run({ jql, limit }, ctx) {
    const { fields } = await ctx.credential('credential');
    const found = (await atlassian(ctx, 'Jira', apiPath`/rest/api/3/search/jql`, {
      method: 'POST',
      json: { jql, maxResults: limit, fields: ['summary', 'status', 'assignee', 'description'] },
    })) as { issues?: unknown[] };
    yield ['issues', (found.issues ?? []).map((issue) => toJiraIssue(issue, fields.siteUrl ?? ''))];
  },
});
