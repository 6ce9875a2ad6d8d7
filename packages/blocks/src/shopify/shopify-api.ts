import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const shopifyCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'shopify',
  description: 'Your shop’s address (https://your-shop.myshopify.com) and a custom app’s Admin API access token (shpat_…).',
};

/** The Admin API version the blocks speak. */
export const SHOPIFY_API_VERSION = '2025-01';

/** Calls the shop's Admin REST API with the app's token. */
export async function shopify(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PUT'; json?: unknown; query?: Record<string, string | undefined> } = {},
): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const url = apiUrl(`${(fields.shopUrl ?? '').replace(/\/$/, '')}/admin/api/${SHOPIFY_API_VERSION}`, path, options.query);
  const { body } = await callProvider(ctx, {
    provider: 'Shopify',
    method: options.method ?? 'GET',
    url,
    headers: { 'x-shopify-access-token': fields.accessToken ?? '' },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the Shopify access token and the app’s access scopes',
  });
  return body;
}
