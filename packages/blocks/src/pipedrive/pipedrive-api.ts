import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const pipedriveCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'pipedrive_token',
  description: 'A Pipedrive personal API token (Personal preferences → API).',
};

/** Calls Pipedrive's API v1 with the node's token (in its header, kept out of addresses and logs); answers `data`. */
export async function pipedrive(ctx: BlockContext, path: ApiPath, json: unknown): Promise<Record<string, unknown>> {
  const { fields } = await ctx.credential('credential');
  const { body } = await callProvider(ctx, {
    provider: 'Pipedrive',
    method: 'POST',
    url: apiUrl(`${(fields.baseUrl || 'https://api.pipedrive.com').replace(/\/$/, '')}/v1`, path),
    headers: { 'x-api-token': fields.apiToken ?? '' },
    json,
    credentialHint: 'the Pipedrive API token',
  });
  return (body as { data: Record<string, unknown> }).data;
}
