import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { gitlab, gitlabCredential, gitlabInputs, gitlabIssueSchema, toGitlabIssue } from './gitlab-api.ts';

export const gitlabCreateIssue = defineBlock({
  id: 'gitlab.create_issue',
  name: 'GitLab: Create Issue',
  description: 'Opens an issue in a GitLab project, with a Markdown description, labels and a due date if given.',
  categories: ['gitlab', 'developer'],
  credentials: [gitlabCredential],
  input: z.object({
    ...gitlabInputs,
    title: z.string().min(1).max(255),
    description: z.string().max(1_000_000).optional().describe('Markdown.'),
    labels: z.array(z.string()).default([]),
    due_date: z.iso.date().optional(),
    confidential: z.boolean().default(false),
  }),
  output: z.object({ issue: gitlabIssueSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { project: 'team/app', title: 'Fix login' }, error: 'needs a credential of kind gitlab_token' }],
  async *run({ project, title, description, labels, due_date, confidential }, ctx) {
    const json = {
      title,
      ...(description ? { description } : {}),
      ...(labels.length > 0 ? { labels: labels.join(',') } : {}),
      ...(due_date ? { due_date } : {}),
      ...(confidential ? { confidential } : {}),
    };
    yield ['issue', toGitlabIssue(await gitlab(ctx, apiPath`/projects/${project}/issues`, { method: 'POST', json }))];
  },
});
