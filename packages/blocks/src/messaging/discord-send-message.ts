import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const discordSendMessage = defineBlock({
  id: 'discord.send_message',
  name: 'Discord: Send Message',
  description: 'Sends a message as a Discord bot to a channel it can write in, optionally as a reply to another message.',
  categories: ['messaging', 'discord'],
  credentials: [{ input: 'credential', kind: 'discord_bot', description: 'The bot token (Developer Portal → your app → Bot).' }],
  input: z.object({
    channel_id: z
      .string()
      .regex(/^\d{5,25}$/, 'must be a channel id (digits; Developer Mode → Copy Channel ID)')
      .describe('The channel’s id.'),
    content: z.string().min(1).max(2000),
    reply_to: z.string().optional().describe('The id of a message to reply to.'),
    credential: z.string().optional(),
  }),
  output: z.object({ message_id: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a bot token', input: { channel_id: '123456789012', content: 'Hi' }, error: 'needs a credential of kind discord_bot' }],
  async *run({ channel_id, content, reply_to }, ctx) {
    const credential = await ctx.credential('credential');
    const base = (credential.fields.baseUrl || 'https://discord.com/api/v10').replace(/\/$/, '');
    const { body } = await callProvider(ctx, {
      provider: 'Discord',
      method: 'POST',
      url: apiUrl(base, apiPath`/channels/${channel_id}/messages`),
      headers: { authorization: `Bot ${credential.fields.token ?? ''}` },
      json: { content, ...(reply_to ? { message_reference: { message_id: reply_to } } : {}) },
      credentialHint: 'the bot token, and that the bot may send messages in the channel',
    });
    yield ['message_id', (body as { id: string }).id];
  },
});
