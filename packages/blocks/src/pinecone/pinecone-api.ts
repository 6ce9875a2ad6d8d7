import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const pineconeCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'pinecone',
  description: 'A Pinecone API key and the index’s host (the index page in the console: https://<index>-<project>.svc.<region>.pinecone.io).',
};

/** The data plane API version the blocks speak. */
const PINECONE_API_VERSION = '2025-01';

/** Calls a Pinecone index's data plane. */
export async function pinecone(ctx: BlockContext, path: ApiPath, json: unknown): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const { body } = await callProvider(ctx, {
    provider: 'Pinecone',
    method: 'POST',
    url: apiUrl(fields.indexHost ?? '', path),
    headers: { 'api-key': fields.apiKey ?? '', 'x-pinecone-api-version': PINECONE_API_VERSION },
    json,
    credentialHint: 'the Pinecone API key and index host',
  });
  return body;
}
