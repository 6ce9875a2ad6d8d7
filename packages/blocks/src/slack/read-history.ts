import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { channelInput, slack, slackCredential, slackInputs, slackMessageSchema, toSlackMessage } from './slack-api.ts';

export const slackReadHistory = defineBlock({
  id: 'slack.read_history',
  name: 'Slack: Read Channel',
  description: 'Reads a channel’s latest messages, newest first (optionally only those after a time), following Slack’s pages up to the limit.',
  categories: ['messaging', 'slack'],
  credentials: [slackCredential],
  input: z.object({
    channel: channelInput,
    limit: z.number().int().min(1).max(1000).default(50),
    since: z.string().optional().describe('Only messages after this ts (or Unix time in seconds).'),
    ...slackInputs,
  }),
  output: z.object({ messages: z.array(slackMessageSchema) }),
  examples: [{ name: 'needs a bot token', input: { channel: 'C1' }, error: 'needs a credential of kind slack_bot' }],
  async *run({ channel, limit, since }, ctx) {
    const messages = [];
    let cursor: string | undefined;
    do {
      const page = await slack(ctx, 'conversations.history', { query: { channel, limit: Math.min(200, limit - messages.length), oldest: since, cursor } });
      messages.push(...(page.messages as unknown[]).map(toSlackMessage));
      cursor = (page.response_metadata as { next_cursor?: string } | undefined)?.next_cursor || undefined;
    } while (cursor && messages.length < limit);
    yield ['messages', messages.slice(0, limit)];
  },
});
