import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const youtubeCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'youtube_key',
  description: 'A Google API key with the YouTube Data API v3 enabled (console.cloud.google.com → APIs & Services → Credentials).',
};

/** Calls the YouTube Data API v3 with the node's key (in a header, so it stays out of addresses and logs). */
export async function youtube(ctx: BlockContext, path: ApiPath, query: Record<string, string | number | undefined>): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const url = apiUrl(fields.baseUrl || 'https://www.googleapis.com/youtube/v3', path, query);
  const { body } = await callProvider(ctx, {
    provider: 'YouTube',
    url,
    headers: { 'x-goog-api-key': fields.apiKey ?? '' },
    credentialHint: 'the API key and that the YouTube Data API is enabled for it',
  });
  return body;
}
