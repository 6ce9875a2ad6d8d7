import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { atlassian, atlassianCredential, documentOf } from './atlassian-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const jiraCreateIssue = defineBlock({
  id: 'jira.create_issue',
  name: 'Jira: Create Issue',
  description: 'Creates a Jira issue in a project: a summary, a description in plain text, its type and labels.',
  categories: ['jira', 'developer', 'productivity'],
  credentials: [atlassianCredential],
  input: z.object({
    project: z.string().min(1).describe('The project’s key, e.g. OPS.'),
    summary: z.string().min(1),
    description: z.string().default(''),
    issue_type: z.string().min(1).default('Task').describe('As the project names it: Task, Bug, Story…'),
    labels: z.array(z.string().regex(/^\S+$/, 'a label has no spaces')).default([]),
    credential: z.string().optional(),
  }),
  output: z.object({ key: z.string(), id: z.string(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { project: 'OPS', summary: 'Disk full' }, error: 'needs a credential of kind atlassian' }],
  async *run({ project, summary, description, issue_type, labels }, ctx) {
    const { fields } = await ctx.credential('credential');
    const created = (await atlassian(ctx, 'Jira', apiPath`/rest/api/3/issue`, {
      method: 'POST',
      json: {
        fields: {
          project: { key: project },
          summary,
          issuetype: { name: issue_type },
          ...(description ? { description: documentOf(description) } : {}),
          ...(labels.length > 0 ? { labels } : {}),
        },
      },
    })) as { id: string; key: string };
    yield ['key', created.key];
    yield ['id', String(created.id)];
    yield ['url', `${(fields.siteUrl ?? '').replace(/\/$/, '')}/browse/${created.key}`];
  },
});
