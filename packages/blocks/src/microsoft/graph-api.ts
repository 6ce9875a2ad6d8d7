import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl, joinPaths, segments, type ApiPath } from '../shared/api-path.ts';

export const microsoftCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'oauth2:microsoft',
  description: 'A connected Microsoft 365 account (Settings → Credentials → Connect Microsoft 365).',
};

export const microsoftInputs = { credential: z.string().optional().describe('Which Microsoft account to act as.') };

/** Calls Microsoft Graph (v1.0) as the connected account; Graph's `{ error: { code, message } }` becomes the block's error. */
export async function graph(
  ctx: BlockContext,
  service: 'Outlook' | 'OneDrive' | 'Teams' | 'Excel',
  path: ApiPath,
  options: {
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
    query?: Record<string, string | number | undefined>;
    json?: unknown;
    raw?: { bytes: Uint8Array; contentType: string };
  } = {},
): Promise<{ body: unknown; bytes: Buffer; contentType: string }> {
  const credential = await ctx.credential('credential');
  const url = apiUrl(`${(credential.fields.baseUrl || 'https://graph.microsoft.com').replace(/\/$/, '')}/v1.0`, path, options.query);
  return callProvider(ctx, {
    provider: service,
    method: options.method ?? 'GET',
    url,
    headers: { authorization: `Bearer ${credential.fields.token ?? ''}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    ...(options.raw !== undefined ? { raw: options.raw } : {}),
    credentialHint: 'the connected Microsoft account (connect it again if it was revoked) and the permissions it granted',
  });
}

/** What follows a OneDrive item as Graph addresses it: `/me/drive/root:/a/b.txt:` then `rest`, or the root's. */
export function drivePath(path: string, rest: ApiPath): ApiPath {
  const item = path.split('/').some(Boolean) ? apiPath`/me/drive/root:/${segments(path)}:` : apiPath`/me/drive/root`;
  return joinPaths(item, rest);
}

export const drivePathInput = z
  .string()
  .max(400)
  .refine((p) => !p.split('/').some((s) => s === '..' || s === '.'), 'a path without "." or ".." segments')
  .describe('A path in the account’s OneDrive, e.g. Reports/2026/summary.txt.');

export const recipients = (addresses: string[]) => addresses.map((address) => ({ emailAddress: { address } }));
