import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { channelInput, slack, slackCredential, slackInputs } from './slack-api.ts';

export const slackAddReaction = defineBlock({
  id: 'slack.add_reaction',
  name: 'Slack: React',
  description: 'Adds an emoji reaction to a message, e.g. ✅ when an agent has handled it.',
  categories: ['messaging', 'slack'],
  credentials: [slackCredential],
  input: z.object({
    channel: channelInput,
    ts: z.string().min(1).describe('The message’s ts.'),
    emoji: z
      .string()
      .regex(/^[a-z0-9_+-]+$/, 'must be an emoji name without colons, e.g. white_check_mark')
      .describe('Emoji name without colons.'),
    ...slackInputs,
  }),
  output: z.object({ ok: z.boolean() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a bot token', input: { channel: 'C1', ts: '1.2', emoji: 'eyes' }, error: 'needs a credential of kind slack_bot' }],
  async *run({ channel, ts, emoji }, ctx) {
    await slack(ctx, 'reactions.add', { json: { channel, timestamp: ts, name: emoji } });
    yield ['ok', true];
  },
});
