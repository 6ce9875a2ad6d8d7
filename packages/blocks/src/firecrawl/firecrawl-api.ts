import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const firecrawlCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'firecrawl_key',
  description: 'A Firecrawl API key (fc-…), or a self-hosted Firecrawl’s address with its key.',
};

/** Calls Firecrawl's API v1; a body that says `success: false` is an error too. */
export async function firecrawl(ctx: BlockContext, path: ApiPath, json: unknown): Promise<Record<string, unknown>> {
  const credential = await ctx.credential('credential');
  const { body } = await callProvider(ctx, {
    provider: 'Firecrawl',
    method: 'POST',
    url: apiUrl(`${(credential.fields.baseUrl || 'https://api.firecrawl.dev').replace(/\/$/, '')}/v1`, path),
    headers: { authorization: `Bearer ${credential.fields.apiKey ?? ''}` },
    json,
    credentialHint: 'the Firecrawl API key',
  });
  return body as Record<string, unknown>;
}
