import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const googleCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'oauth2:google',
  description: 'A connected Google account (Settings → Credentials → Connect Google), with access to the mail, calendar, documents, spreadsheets or files.',
};

export const googleInputs = { credential: z.string().optional().describe('Which Google account to act as.') };

/** Where each API lives; a credential with a base URL (a proxy) has both under it, at their own paths. */
const APIS = {
  sheets: { url: 'https://sheets.googleapis.com/v4', proxied: '/sheets/v4', name: 'Google Sheets' },
  drive: { url: 'https://www.googleapis.com/drive/v3', proxied: '/drive/v3', name: 'Google Drive' },
  gmail: { url: 'https://gmail.googleapis.com/gmail/v1', proxied: '/gmail/v1', name: 'Gmail' },
  calendar: { url: 'https://www.googleapis.com/calendar/v3', proxied: '/calendar/v3', name: 'Google Calendar' },
  docs: { url: 'https://docs.googleapis.com/v1', proxied: '/docs/v1', name: 'Google Docs' },
};

/** Calls a Google API as the connected account; Google's `{ error: { message } }` bodies become the block's error. */
export async function google(
  ctx: BlockContext,
  api: keyof typeof APIS,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; query?: Record<string, string | number | boolean | undefined>; json?: unknown } = {},
): Promise<{ body: unknown; bytes: Buffer; contentType: string }> {
  const credential = await ctx.credential('credential');
  const base = credential.fields.baseUrl ? `${credential.fields.baseUrl.replace(/\/$/, '')}${APIS[api].proxied}` : APIS[api].url;
  const url = apiUrl(base, path, options.query);
  return callProvider(ctx, {
    provider: APIS[api].name,
    method: options.method ?? 'GET',
    url,
    headers: { authorization: `Bearer ${credential.fields.token ?? ''}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the connected Google account (connect it again if it was revoked) and that it may open this',
  });
}

export const spreadsheetInputs = {
  spreadsheet_id: z
    .string()
    .regex(/^[\w-]{20,100}$/, 'must be the id from the sheet’s URL: docs.google.com/spreadsheets/d/<id>/edit')
    .describe('The id in the sheet’s URL (…/spreadsheets/d/<id>/edit).'),
  range: z.string().min(1).max(200).describe('A1 notation, e.g. "Sheet1!A1:D100" or "Orders".'),
  ...googleInputs,
};

/** A cell value as Sheets takes it: text, a number or a boolean (formulas as text starting with "="). */
export const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
