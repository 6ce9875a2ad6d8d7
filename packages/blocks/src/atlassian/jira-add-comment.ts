import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { atlassian, atlassianCredential, documentOf } from './atlassian-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const jiraAddComment = defineBlock({
  id: 'jira.add_comment',
  name: 'Jira: Add Comment',
  description: 'Comments on a Jira issue (plain text; a paragraph per line).',
  categories: ['jira', 'developer', 'productivity'],
  credentials: [atlassianCredential],
  input: z.object({ issue: z.string().min(1).describe('The issue’s key (OPS-12) or id.'), text: z.string().min(1), credential: z.string().optional() }),
  output: z.object({ comment_id: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { issue: 'OPS-1', text: 'Done' }, error: 'needs a credential of kind atlassian' }],
  async *run({ issue, text }, ctx) {
    const created = (await atlassian(ctx, 'Jira', apiPath`/rest/api/3/issue/${issue}/comment`, {
      method: 'POST',
      json: { body: documentOf(text) },
    })) as { id: string };
    yield ['comment_id', String(created.id)];
  },
});
