import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { gitlab, gitlabCredential, gitlabInputs } from './gitlab-api.ts';

export const gitlabComment = defineBlock({
  id: 'gitlab.comment',
  name: 'GitLab: Comment',
  description: 'Adds a comment (a note, in Markdown) to a GitLab issue or merge request, by its number in the project.',
  categories: ['gitlab', 'developer'],
  credentials: [gitlabCredential],
  input: z.object({
    ...gitlabInputs,
    on: z.enum(['issue', 'merge_request']).default('issue'),
    iid: z.number().int().min(1).describe('The number shown as #12 (issue) or !12 (merge request).'),
    body: z.string().min(1).max(1_000_000),
    internal: z.boolean().default(false).describe('Visible to project members only.'),
  }),
  output: z.object({ id: z.number() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { project: '42', iid: 3, body: 'Done' }, error: 'needs a credential of kind gitlab_token' }],
  async *run({ project, on, iid, body, internal }, ctx) {
    const path = on === 'issue' ? apiPath`/projects/${project}/issues/${iid}/notes` : apiPath`/projects/${project}/merge_requests/${iid}/notes`;
    const note = (await gitlab(ctx, path, { method: 'POST', json: { body, ...(internal ? { internal } : {}) } })) as { id: number };
    yield ['id', note.id];
  },
});
