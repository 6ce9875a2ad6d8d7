import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { postToWebhook } from './post-to-webhook.ts';

export const discordPostWebhook = defineBlock({
  id: 'discord.post_webhook',
  name: 'Discord: Post (Webhook)',
  description: 'Posts a message to the Discord channel of a webhook, optionally under another name; answers the message id.',
  categories: ['messaging', 'discord'],
  credentials: [{ input: 'credential', kind: 'discord_webhook', description: 'The webhook URL from the channel’s Integrations settings.' }],
  input: z.object({ content: z.string().min(1).max(2000), username: z.string().max(80).optional(), credential: z.string().optional() }),
  output: z.object({ message_id: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a webhook', input: { content: 'Deploy done' }, error: 'needs a credential of kind discord_webhook' }],
  async *run({ content, username }, ctx) {
    // wait=true: Discord answers the message it made instead of 204.
    const message = (await postToWebhook(ctx, 'Discord', { content, ...(username ? { username } : {}) }, '?wait=true')) as { id: string };
    yield ['message_id', message.id];
  },
});
