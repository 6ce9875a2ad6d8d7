import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { postToWebhook } from './post-to-webhook.ts';

export const slackPostWebhook = defineBlock({
  id: 'slack.post_webhook',
  name: 'Slack: Post (Incoming Webhook)',
  description: 'Posts a message to the Slack channel of an incoming webhook; text takes Slack’s mrkdwn.',
  categories: ['messaging', 'slack'],
  credentials: [{ input: 'credential', kind: 'slack_webhook', description: 'The incoming webhook URL Slack gave for the channel.' }],
  input: z.object({ text: z.string().min(1).max(40_000), credential: z.string().optional() }),
  output: z.object({ ok: z.boolean() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a webhook', input: { text: 'Deploy done' }, error: 'needs a credential of kind slack_webhook' }],
  async *run({ text }, ctx) {
    await postToWebhook(ctx, 'Slack', { text });
    yield ['ok', true];
  },
});
