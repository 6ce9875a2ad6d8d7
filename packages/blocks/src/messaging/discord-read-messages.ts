import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const discordReadMessages = defineBlock({
  id: 'discord.read_messages',
  name: 'Discord: Read Messages',
  description: 'Reads a channel’s latest messages as a Discord bot, oldest first (or only those after a message id, to go on from where the last run stopped).',
  categories: ['messaging', 'discord'],
  credentials: [{ input: 'credential', kind: 'discord_bot', description: 'The bot token (Developer Portal → your app → Bot; Message Content intent on).' }],
  input: z.object({
    channel_id: z
      .string()
      .regex(/^\d{5,25}$/, 'must be a channel id (digits; Developer Mode → Copy Channel ID)')
      .describe('The channel’s id.'),
    after: z
      .string()
      .regex(/^\d{5,25}$/, 'must be a message id (digits)')
      .optional()
      .describe('Only messages after this one.'),
    limit: z.number().int().min(1).max(100).default(50),
    credential: z.string().optional(),
  }),
  output: z.object({
    messages: z.array(z.object({ id: z.string(), author: z.string(), bot: z.boolean(), content: z.string(), sent: z.string() })),
    last_id: z.string().describe('The newest message’s id (the one given as after when there were none), to pass as after next time.'),
  }),
  examples: [{ name: 'needs a bot token', input: { channel_id: '123456789012' }, error: 'needs a credential of kind discord_bot' }],
  async *run({ channel_id, after, limit }, ctx) {
    const credential = await ctx.credential('credential');
    const base = (credential.fields.baseUrl || 'https://discord.com/api/v10').replace(/\/$/, '');
    const { body } = await callProvider(ctx, {
      provider: 'Discord',
      url: apiUrl(base, apiPath`/channels/${channel_id}/messages`, { limit, after }),
      headers: { authorization: `Bot ${credential.fields.token ?? ''}` },
      credentialHint: 'the bot token, and that the bot may read the channel’s history',
    });
    const raw = body as { id: string; content: string; timestamp: string; author?: { username?: string; global_name?: string | null; bot?: boolean } }[];
    // Discord answers newest first; a conversation reads oldest first.
    const messages = raw
      .map((m) => ({ id: m.id, author: m.author?.global_name ?? m.author?.username ?? '', bot: m.author?.bot ?? false, content: m.content, sent: m.timestamp }))
      .reverse();
    yield ['messages', messages];
    yield ['last_id', messages.at(-1)?.id ?? after ?? ''];
  },
});
