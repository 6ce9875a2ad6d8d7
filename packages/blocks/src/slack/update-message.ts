import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { channelInput, slack, slackCredential, slackInputs } from './slack-api.ts';

export const slackUpdateMessage = defineBlock({
  id: 'slack.update_message',
  name: 'Slack: Edit Message',
  description: 'Replaces the text of a message the bot posted, e.g. a “working on it…” that becomes the answer.',
  categories: ['messaging', 'slack'],
  credentials: [slackCredential],
  input: z.object({
    channel: channelInput,
    ts: z.string().min(1).describe('The message’s ts (slack.post_message gives it).'),
    text: z.string().min(1).max(40_000),
    ...slackInputs,
  }),
  output: z.object({ ts: z.string(), text: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a bot token', input: { channel: 'C1', ts: '1.2', text: 'Done' }, error: 'needs a credential of kind slack_bot' }],
  async *run({ channel, ts, text }, ctx) {
    const answer = await slack(ctx, 'chat.update', { json: { channel, ts, text } });
    yield ['ts', String(answer.ts ?? ts)];
    yield ['text', String(answer.text ?? text)];
  },
});
