import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { channelInput, slack, slackCredential, slackInputs, slackMessageSchema, toSlackMessage } from './slack-api.ts';

export const slackReadThread = defineBlock({
  id: 'slack.read_thread',
  name: 'Slack: Read Thread',
  description: 'Reads a thread: its first message and the replies, oldest first.',
  categories: ['messaging', 'slack'],
  credentials: [slackCredential],
  input: z.object({ channel: channelInput, thread_ts: z.string().min(1).describe('The ts of the thread’s first message.'), ...slackInputs }),
  output: z.object({ messages: z.array(slackMessageSchema) }),
  examples: [{ name: 'needs a bot token', input: { channel: 'C1', thread_ts: '1700000000.000100' }, error: 'needs a credential of kind slack_bot' }],
  async *run({ channel, thread_ts }, ctx) {
    const answer = await slack(ctx, 'conversations.replies', { query: { channel, ts: thread_ts, limit: 200 } });
    yield ['messages', (answer.messages as unknown[]).map(toSlackMessage)];
  },
});
