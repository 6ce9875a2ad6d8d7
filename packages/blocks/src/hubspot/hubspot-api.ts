import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const hubspotCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'hubspot_token',
  description: 'A HubSpot private app’s access token (Settings → Integrations → Private apps), with the CRM scopes the blocks use.',
};

/** Calls HubSpot's CRM API v3 with the node's private app token. */
export async function hubspot(ctx: BlockContext, path: ApiPath, options: { method?: 'GET' | 'POST' | 'PATCH'; json?: unknown } = {}): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://api.hubapi.com').replace(/\/$/, '');
  const { body } = await callProvider(ctx, {
    provider: 'HubSpot',
    method: options.method ?? 'GET',
    url: apiUrl(base, path),
    headers: { authorization: `Bearer ${credential.fields.token ?? ''}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the HubSpot private app token and its scopes',
  });
  return body;
}

export const crmObjectSchema = z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) });

export const toCrmObject = (raw: unknown): z.infer<typeof crmObjectSchema> => {
  const object = raw as { id: string; properties?: Record<string, string | null> };
  return { id: String(object.id), properties: object.properties ?? {} };
};

/** Properties as HubSpot stores them: text (numbers and booleans written out); absent ones left out. */
export function propertiesOf(fields: Record<string, string | number | boolean | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).flatMap(([name, value]) => (value === undefined || value === '' ? [] : [[name, String(value)]])));
}
