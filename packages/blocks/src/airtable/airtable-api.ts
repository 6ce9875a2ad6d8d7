import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl, joinPaths, type ApiPath } from '../shared/api-path.ts';

export const airtableCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'airtable_token',
  description: 'An Airtable personal access token with access to the base.',
};

export const tableInputs = {
  base_id: z.string().regex(/^app\w+$/, 'must be a base id, e.g. appXXXXXXXXXXXXXX'),
  table: z.string().min(1).describe('The table’s name or id.'),
  credential: z.string().optional(),
};

export const recordId = z.string().regex(/^rec\w+$/, 'must be a record id, e.g. recXXXXXXXXXXXXXX');

export const recordSchema = z.object({ id: z.string(), fields: z.record(z.string(), z.unknown()), created: z.string() });

export const toRecord = (raw: unknown): z.infer<typeof recordSchema> => {
  const record = raw as { id: string; fields?: Record<string, unknown>; createdTime?: string };
  return { id: record.id, fields: record.fields ?? {}, created: record.createdTime ?? '' };
};

/** Calls Airtable's REST API for a table of a base. */
export async function airtable(
  ctx: BlockContext,
  { base_id, table }: { base_id: string; table: string },
  options: { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; suffix?: ApiPath; query?: Record<string, string>; json?: unknown } = {},
): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://api.airtable.com').replace(/\/$/, '');
  const url = apiUrl(base, joinPaths(apiPath`/v0/${base_id}/${table}`, options.suffix ?? apiPath``), options.query);
  const { body } = await callProvider(ctx, {
    provider: 'Airtable',
    method: options.method ?? 'GET',
    url,
    headers: { authorization: `Bearer ${credential.fields.token ?? ''}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the Airtable token',
  });
  return body;
}
