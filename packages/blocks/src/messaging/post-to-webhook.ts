import type { BlockContext } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { givenUrl } from '../shared/api-path.ts';

/** Posts JSON to the chat webhook URL kept in the node's credential (the URL is the secret). */
export async function postToWebhook(ctx: BlockContext, provider: string, payload: unknown, query = ''): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const url = givenUrl(`${credential.fields.url ?? ''}${query}`);
  const { body } = await callProvider(ctx, {
    provider,
    method: 'POST',
    url,
    json: payload,
    credentialHint: `the ${provider} webhook URL (it may have been removed)`,
  });
  return body;
}
