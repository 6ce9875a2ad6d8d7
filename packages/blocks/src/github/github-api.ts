import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const githubCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'github_token|oauth2:github',
  description: 'A GitHub token (fine-grained or classic) or a connected GitHub account, with access to the repository.',
};

export const githubInputs = {
  repository: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name, e.g. octocat/hello-world')
    .describe('owner/name, e.g. octocat/hello-world.'),
  credential: z.string().optional().describe('Which GitHub token to use.'),
};

/** Calls GitHub's REST API (or an Enterprise server's, from the credential's base URL) as the node's token. */
export async function github(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PATCH' | 'PUT'; json?: unknown; query?: Record<string, string | number | undefined>; accept?: string } = {},
): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://api.github.com').replace(/\/$/, '');
  const url = apiUrl(base, path, options.query);
  const { body } = await callProvider(ctx, {
    provider: 'GitHub',
    method: options.method ?? 'GET',
    url,
    headers: {
      authorization: `Bearer ${credential.fields.token ?? ''}`,
      accept: options.accept ?? 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the GitHub token (Settings → Credentials)',
  });
  return body;
}

/** An issue or pull request as the blocks put it out: what a model or a later node needs, not GitHub's whole object. */
export const issueSchema = z.object({
  number: z.number(),
  title: z.string(),
  state: z.string(),
  url: z.string(),
  author: z.string(),
  labels: z.array(z.string()),
  body: z.string(),
});

export function toIssue(raw: unknown): z.infer<typeof issueSchema> {
  const issue = raw as {
    number: number;
    title: string;
    state: string;
    html_url: string;
    user?: { login?: string };
    labels?: ({ name?: string } | string)[];
    body?: string | null;
  };
  return {
    number: issue.number,
    title: issue.title,
    state: issue.state,
    url: issue.html_url,
    author: issue.user?.login ?? '',
    labels: (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    body: issue.body ?? '',
  };
}

/** A release as the blocks put it out. */
export const releaseSchema = z.object({
  id: z.number(),
  tag: z.string(),
  name: z.string(),
  url: z.string(),
  body: z.string(),
  draft: z.boolean(),
  prerelease: z.boolean(),
  published_at: z.string().describe('ISO time; empty for drafts.'),
});

export function toRelease(raw: unknown): z.infer<typeof releaseSchema> {
  const r = raw as {
    id: number;
    tag_name: string;
    name?: string | null;
    html_url: string;
    body?: string | null;
    draft: boolean;
    prerelease: boolean;
    published_at?: string | null;
  };
  return {
    id: r.id,
    tag: r.tag_name,
    name: r.name ?? r.tag_name,
    url: r.html_url,
    body: r.body ?? '',
    draft: r.draft,
    prerelease: r.prerelease,
    published_at: r.published_at ?? '',
  };
}

export const issueNumber = z.number().int().min(1).describe('The issue or pull request number.');
