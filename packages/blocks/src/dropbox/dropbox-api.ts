import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const dropboxCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'dropbox_token',
  description: 'A Dropbox access token of an app you made (dropbox.com/developers/apps → Generate access token), with the files scopes.',
};

/** Where Dropbox answers: RPC calls on the API host, file bodies on the content host (both under a proxy's base when set). */
const HOSTS = { api: 'https://api.dropboxapi.com', content: 'https://content.dropboxapi.com' };

/** Dropbox-API-Arg must be ASCII: other characters go as JSON escapes. */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Calls Dropbox's API v2: an RPC with a JSON body, or a content call with its argument in a header and the file as the body. */
export async function dropbox(
  ctx: BlockContext,
  host: keyof typeof HOSTS,
  path: ApiPath,
  call: { json?: unknown; arg?: unknown; bytes?: Uint8Array },
): Promise<{ body: unknown; bytes: Buffer; contentType: string }> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || HOSTS[host]).replace(/\/$/, '');
  const response = await callProvider(ctx, {
    provider: 'Dropbox',
    method: 'POST',
    url: apiUrl(`${base}/2`, path),
    headers: {
      authorization: `Bearer ${credential.fields.token ?? ''}`,
      ...(call.arg !== undefined ? { 'dropbox-api-arg': asciiJson(call.arg) } : {}),
    },
    ...(call.json !== undefined ? { json: call.json } : {}),
    ...(call.bytes !== undefined ? { raw: { bytes: call.bytes, contentType: 'application/octet-stream' } } : {}),
    credentialHint: 'the Dropbox access token and its scopes',
  });
  return { body: response.body, bytes: response.bytes, contentType: response.contentType };
}

/** A Dropbox path: "" is the top folder, anything else starts with "/". */
export const dropboxPath = z
  .string()
  .max(1000)
  .transform((p) => (p === '' || p === '/' ? '' : p.startsWith('/') ? p : `/${p}`))
  .describe('e.g. /Reports/summary.txt ("" or "/" is the top folder).');

export const entrySchema = z.object({ name: z.string(), path: z.string(), folder: z.boolean(), size: z.number(), modified: z.string(), id: z.string() });

export const toEntry = (raw: unknown): z.infer<typeof entrySchema> => {
  const e = raw as { '.tag'?: string; name: string; path_display?: string; size?: number; server_modified?: string; id?: string };
  return { name: e.name, path: e.path_display ?? '', folder: e['.tag'] === 'folder', size: e.size ?? 0, modified: e.server_modified ?? '', id: e.id ?? '' };
};
