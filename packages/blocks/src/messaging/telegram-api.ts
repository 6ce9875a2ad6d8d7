import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { encodeMultipart } from '../shared/multipart.ts';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const telegramCredential: CredentialRequirement = { input: 'credential', kind: 'telegram_bot', description: 'The bot token from @BotFather.' };

export const chatIdInput = z.union([z.string().min(1), z.number().int()]).describe('The chat’s id, or @channelname.');

/** Calls a Bot API method (JSON, or a multipart form to upload a file) and answers its `result`. */
export async function telegram(ctx: BlockContext, method: string, body: { json: unknown } | { form: FormData }): Promise<unknown> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://api.telegram.org').replace(/\/$/, '');
  const { body: answer } = await callProvider(ctx, {
    provider: 'Telegram',
    method: 'POST',
    url: apiUrl(`${base}/bot${credential.fields.token ?? ''}`, apiPath`/${method}`),
    ...('json' in body ? { json: body.json } : { raw: await encodeMultipart(body.form) }),
    credentialHint: 'the bot token from @BotFather',
  });
  return (answer as { result: unknown }).result;
}
