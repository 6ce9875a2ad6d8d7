import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { chatIdInput, telegram, telegramCredential } from './telegram-api.ts';

export const telegramSendMessage = defineBlock({
  id: 'telegram.send_message',
  name: 'Telegram: Send Message',
  description: 'Sends a message from a Telegram bot to a chat (a user who started the bot, a group or a channel it is in).',
  categories: ['messaging', 'telegram'],
  credentials: [telegramCredential],
  input: z.object({
    chat_id: chatIdInput,
    text: z.string().min(1).max(4096),
    parse_mode: z.enum(['MarkdownV2', 'HTML']).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ message_id: z.number() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a bot token', input: { chat_id: 42, text: 'Hi' }, error: 'needs a credential of kind telegram_bot' }],
  async *run({ chat_id, text, parse_mode }, ctx) {
    const sent = (await telegram(ctx, 'sendMessage', { json: { chat_id, text, ...(parse_mode ? { parse_mode } : {}) } })) as { message_id: number };
    yield ['message_id', sent.message_id];
  },
});
