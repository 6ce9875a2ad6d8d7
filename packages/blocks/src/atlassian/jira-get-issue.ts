import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { atlassian, atlassianCredential, jiraIssueSchema, textOf, toJiraIssue } from './atlassian-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const jiraGetIssue = defineBlock({
  id: 'jira.get_issue',
  name: 'Jira: Get Issue',
  description: 'Reads one Jira issue by its key: summary, status, assignee, description as text, and its comments, oldest first.',
  categories: ['jira', 'developer', 'productivity'],
  credentials: [atlassianCredential],
  input: z.object({ issue: z.string().min(1).describe('The issue’s key, e.g. OPS-7.'), credential: z.string().optional() }),
  output: z.object({ issue: jiraIssueSchema, comments: z.array(z.object({ author: z.string(), created: z.string(), text: z.string() })) }),
  examples: [{ name: 'needs a credential', input: { issue: 'OPS-7' }, error: 'needs a credential of kind atlassian' }],
  async *run({ issue }, ctx) {
    const { fields } = await ctx.credential('credential');
    const raw = (await atlassian(ctx, 'Jira', apiPath`/rest/api/3/issue/${issue}`, {
      query: { fields: 'summary,status,assignee,description,comment' },
    })) as { fields?: { comment?: { comments?: { author?: { displayName?: string }; created?: string; body?: unknown }[] } } };
    yield ['issue', toJiraIssue(raw, fields.siteUrl ?? '')];
    yield [
      'comments',
      (raw.fields?.comment?.comments ?? []).map((c) => ({ author: c.author?.displayName ?? '', created: c.created ?? '', text: textOf(c.body) })),
    ];
  },
});
