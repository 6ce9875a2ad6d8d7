import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { channelInput, slack, slackCredential, slackInputs } from './slack-api.ts';

export const slackPostMessage = defineBlock({
  id: 'slack.post_message',
  name: 'Slack: Post Message',
  description: 'Posts a message as a Slack app’s bot to a channel, or replies in a thread (give its ts); answers the message’s ts.',
  categories: ['messaging', 'slack'],
  credentials: [slackCredential],
  input: z.object({
    channel: channelInput,
    text: z.string().min(1).max(40_000),
    thread_ts: z.string().optional().describe('Reply in this thread.'),
    ...slackInputs,
  }),
  output: z.object({ ts: z.string(), channel: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a bot token', input: { channel: 'C1', text: 'Hi' }, error: 'needs a credential of kind slack_bot' }],
  async *run({ channel, text, thread_ts }, ctx) {
    const answer = await slack(ctx, 'chat.postMessage', { json: { channel, text, ...(thread_ts ? { thread_ts } : {}) } });
    yield ['ts', String(answer.ts ?? '')];
    yield ['channel', String(answer.channel ?? channel)];
  },
});
