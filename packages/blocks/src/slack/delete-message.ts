import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { channelInput, slack, slackCredential, slackInputs } from './slack-api.ts';

export const slackDeleteMessage = defineBlock({
  id: 'slack.delete_message',
  name: 'Slack: Delete Message',
  description: 'Deletes a message the bot posted (a bot token deletes only its own messages).',
  categories: ['messaging', 'slack'],
  credentials: [slackCredential],
  input: z.object({ channel: channelInput, ts: z.string().min(1).describe('The message’s ts.'), ...slackInputs }),
  output: z.object({ deleted: z.boolean() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a bot token', input: { channel: 'C1', ts: '1.2' }, error: 'needs a credential of kind slack_bot' }],
  async *run({ channel, ts }, ctx) {
    await slack(ctx, 'chat.delete', { json: { channel, ts } });
    yield ['deleted', true];
  },
});
