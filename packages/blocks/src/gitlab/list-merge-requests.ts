import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { gitlab, gitlabCredential, gitlabInputs } from './gitlab-api.ts';

const mergeRequestSchema = z.object({
  iid: z.number(),
  title: z.string(),
  state: z.string(),
  author: z.string(),
  source_branch: z.string(),
  target_branch: z.string(),
  draft: z.boolean(),
  url: z.string(),
  updated: z.string(),
});

export const gitlabListMergeRequests = defineBlock({
  id: 'gitlab.list_merge_requests',
  name: 'GitLab: List Merge Requests',
  description: 'Lists a GitLab project’s merge requests, newest first: open ones by default, or merged, closed or all.',
  categories: ['gitlab', 'developer'],
  credentials: [gitlabCredential],
  input: z.object({
    ...gitlabInputs,
    state: z.enum(['opened', 'merged', 'closed', 'all']).default('opened'),
    target_branch: z.string().optional(),
    limit: z.number().int().min(1).max(100).default(20),
  }),
  output: z.object({ merge_requests: z.array(mergeRequestSchema) }),
  examples: [{ name: 'needs a token', input: { project: '42' }, error: 'needs a credential of kind gitlab_token' }],
  async *run({ project, state, target_branch, limit }, ctx) {
    const raw = (await gitlab(ctx, apiPath`/projects/${project}/merge_requests`, {
      query: { state, target_branch, per_page: limit, order_by: 'created_at', sort: 'desc' },
    })) as {
      iid: number;
      title: string;
      state: string;
      author?: { username?: string };
      source_branch: string;
      target_branch: string;
      draft?: boolean;
      web_url?: string;
      updated_at?: string;
    }[];
    yield [
      'merge_requests',
      raw.map((mr) => ({
        iid: mr.iid,
        title: mr.title,
        state: mr.state,
        author: mr.author?.username ?? '',
        source_branch: mr.source_branch,
        target_branch: mr.target_branch,
        draft: mr.draft ?? false,
        url: mr.web_url ?? '',
        updated: mr.updated_at ?? '',
      })),
    ];
  },
});
