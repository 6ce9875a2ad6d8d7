import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { postToWebhook } from './post-to-webhook.ts';

export const teamsPostWebhook = defineBlock({
  id: 'teams.post_webhook',
  name: 'Microsoft Teams: Post (Webhook)',
  description: 'Posts a message (markdown) to the Teams channel of an incoming webhook or workflow.',
  categories: ['messaging', 'teams'],
  credentials: [{ input: 'credential', kind: 'teams_webhook', description: 'The webhook URL of the channel’s connector or workflow.' }],
  input: z.object({ text: z.string().min(1).max(28_000), title: z.string().max(200).optional(), credential: z.string().optional() }),
  output: z.object({ ok: z.boolean() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a webhook', input: { text: 'Deploy done' }, error: 'needs a credential of kind teams_webhook' }],
  async *run({ text, title }, ctx) {
    await postToWebhook(ctx, 'Microsoft Teams', { '@type': 'MessageCard', '@context': 'https://schema.org/extensions', text, ...(title ? { title } : {}) });
    yield ['ok', true];
  },
});
