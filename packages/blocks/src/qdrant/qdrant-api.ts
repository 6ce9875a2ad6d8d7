import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const qdrantCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'qdrant',
  description: 'A Qdrant server’s address (Qdrant Cloud’s cluster URL, or your own on port 6333) and its API key if it has one.',
};

/** Calls Qdrant's REST API; answers its `result`. */
export async function qdrant(ctx: BlockContext, path: ApiPath, method: 'POST' | 'PUT', json: unknown): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const { body } = await callProvider(ctx, {
    provider: 'Qdrant',
    method,
    url: apiUrl(fields.url ?? '', path),
    headers: fields.apiKey ? { 'api-key': fields.apiKey } : {},
    json,
    credentialHint: 'the Qdrant API key',
  });
  return (body as { result?: unknown }).result;
}

export const collectionName = z.string().regex(/^[\w.-]{1,255}$/, 'a collection name (letters, digits, "_", "-", ".")');

/** A point's id as Qdrant takes them: an unsigned integer or a UUID. */
export const pointId = z.union([z.number().int().nonnegative(), z.uuid()]);
