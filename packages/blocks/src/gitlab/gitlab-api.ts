import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const gitlabCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'gitlab_token',
  description: 'A GitLab personal, project or group access token with the api scope; a self-managed GitLab by its address.',
};

export const gitlabInputs = {
  project: z.string().min(1).max(400).describe('The project’s id or its path, e.g. 42 or my-group/my-project.'),
  credential: z.string().optional(),
};

/** Calls GitLab's REST API v4 (gitlab.com, or the credential's own GitLab) with the node's access token. */
export async function gitlab(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST'; json?: unknown; query?: Record<string, string | number | undefined> } = {},
): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const { body } = await callProvider(ctx, {
    provider: 'GitLab',
    method: options.method ?? 'GET',
    url: apiUrl(`${(fields.baseUrl || 'https://gitlab.com').replace(/\/$/, '')}/api/v4`, path, options.query),
    headers: { 'private-token': fields.token ?? '' },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the GitLab access token, its api scope and its role in the project',
  });
  return body;
}

export const gitlabIssueSchema = z.object({ iid: z.number(), title: z.string(), state: z.string(), url: z.string(), labels: z.array(z.string()) });

export const toGitlabIssue = (raw: unknown): z.infer<typeof gitlabIssueSchema> => {
  const issue = raw as { iid: number; title: string; state: string; web_url?: string; labels?: string[] };
  return { iid: issue.iid, title: issue.title, state: issue.state, url: issue.web_url ?? '', labels: issue.labels ?? [] };
};
