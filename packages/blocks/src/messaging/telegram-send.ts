import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';

export const telegramSendMessage = defineBlock({
  id: 'telegram.send_message',
  name: 'Telegram: Send Message',
  description: 'Sends a message from a Telegram bot to a chat (a user who started the bot, a group or a channel it is in).',
  categories: ['messaging', 'telegram'],
  credentials: [{ input: 'credential', kind: 'telegram_bot', description: 'The bot token from @BotFather.' }],
  input: z.object({
    chat_id: z.union([z.string().min(1), z.number().int()]).describe('The chat’s id, or @channelname.'),
    text: z.string().min(1).max(4096),
    parse_mode: z.enum(['MarkdownV2', 'HTML']).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ message_id: z.number() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a bot token', input: { chat_id: 42, text: 'Hi' }, error: 'needs a credential of kind telegram_bot' }],
  async *run({ chat_id, text, parse_mode }, ctx) {
    const credential = await ctx.credential('credential');
    const base = (credential.fields.baseUrl || 'https://api.telegram.org').replace(/\/$/, '');
    const { body } = await callProvider(ctx, {
      provider: 'Telegram',
      method: 'POST',
      url: new URL(`${base}/bot${credential.fields.token ?? ''}/sendMessage`),
      json: { chat_id, text, ...(parse_mode ? { parse_mode } : {}) },
      credentialHint: 'the bot token from @BotFather',
    });
    yield ['message_id', (body as { result: { message_id: number } }).result.message_id];
  },
});
