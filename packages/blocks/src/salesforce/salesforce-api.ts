import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, joinPaths, apiPath, type ApiPath } from '../shared/api-path.ts';

export const salesforceCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'salesforce',
  description: 'A Salesforce org’s address (https://your-org.my.salesforce.com) and an access token of a connected app.',
};

/** The REST API version the blocks speak (Summer ’24); every org of a later release still answers it. */
export const API_VERSION = 'v61.0';

/** An object's API name (Account, Contact, Invoice__c): letters, digits and underscores. */
export const objectName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, 'an object’s API name, e.g. Account or Invoice__c')
  .describe('The object’s API name, e.g. Account, Contact or Invoice__c.');

/** Calls the org's REST API with the node's access token; `path` is under /services/data/<version> unless `fromRoot`. */
export async function salesforce(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PATCH'; json?: unknown; query?: Record<string, string>; fromRoot?: boolean } = {},
): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const { body } = await callProvider(ctx, {
    provider: 'Salesforce',
    method: options.method ?? 'GET',
    url: apiUrl(fields.instanceUrl ?? '', options.fromRoot ? path : joinPaths(apiPath`/services/data/${API_VERSION}`, path), options.query),
    headers: { authorization: `Bearer ${fields.accessToken ?? ''}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the Salesforce access token (it expires with its session)',
  });
  return body;
}
