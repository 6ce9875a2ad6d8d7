import type { BlockContext } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

/** Where a public API is, for blocks that need no credential; another address serves a mirror or a proxy. */
export const apiUrlInput = (defaultUrl: string) => z.url().default(defaultUrl).describe('The API’s address; change it only for a mirror or a proxy.');

/** A GET of a public JSON API under the address policy, its errors named after the service. */
export async function getPublicJson(
  ctx: BlockContext,
  provider: string,
  base: string,
  path: ApiPath,
  query: Record<string, string | number> = {},
): Promise<unknown> {
  const url = apiUrl(base, path, query);
  const { body } = await callProvider(ctx, { provider, url, credentialHint: 'the address (this API needs no credential)' });
  return body;
}
