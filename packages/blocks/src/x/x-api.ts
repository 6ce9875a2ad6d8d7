import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const xCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'x_token',
  description: 'An X (Twitter) API v2 token: a user access token (OAuth 2.0, tweet.write) to post, or the app’s bearer token to search.',
};

/** Calls the X API v2 with the node's token. */
export async function xApi(
  ctx: BlockContext,
  path: ApiPath,
  options: { json?: unknown; query?: Record<string, string | number | undefined> } = {},
): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const url = apiUrl(`${(fields.baseUrl || 'https://api.x.com').replace(/\/$/, '')}/2`, path, options.query);
  const { body } = await callProvider(ctx, {
    provider: 'X',
    method: options.json !== undefined ? 'POST' : 'GET',
    url,
    headers: { authorization: `Bearer ${fields.token ?? ''}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the X token (posting needs a user token with tweet.write)',
  });
  return body;
}
