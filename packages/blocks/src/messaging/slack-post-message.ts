import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';

/** Slack's Web API answers 200 with ok: false for most mistakes; these say what to fix. */
const SLACK_HINTS: Record<string, string> = {
  channel_not_found: 'check the channel id, and that the bot was added to it',
  not_in_channel: 'invite the bot to the channel first',
  invalid_auth: 'check the bot token',
  not_authed: 'check the bot token',
  thread_not_found: 'check the thread_ts',
};

export const slackPostMessage = defineBlock({
  id: 'slack.post_message',
  name: 'Slack: Post Message',
  description: 'Posts a message as a Slack app’s bot to a channel, or replies in a thread (give its ts); answers the message’s ts.',
  categories: ['messaging', 'slack'],
  credentials: [{ input: 'credential', kind: 'slack_bot|oauth2:slack', description: 'The app’s bot token (xoxb-…), with chat:write.' }],
  input: z.object({
    channel: z.string().min(1).describe('Channel id, e.g. C0123456789.'),
    text: z.string().min(1).max(40_000),
    thread_ts: z.string().optional().describe('Reply in this thread.'),
    credential: z.string().optional(),
  }),
  output: z.object({ ts: z.string(), channel: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a bot token', input: { channel: 'C1', text: 'Hi' }, error: 'needs a credential of kind slack_bot' }],
  async *run({ channel, text, thread_ts }, ctx) {
    const credential = await ctx.credential('credential');
    const base = (credential.fields.baseUrl || 'https://slack.com/api').replace(/\/$/, '');
    const { body } = await callProvider(ctx, {
      provider: 'Slack',
      method: 'POST',
      url: new URL(`${base}/chat.postMessage`),
      headers: { authorization: `Bearer ${credential.fields.token ?? ''}` },
      json: { channel, text, ...(thread_ts ? { thread_ts } : {}) },
      credentialHint: 'the Slack bot token',
    });
    const answer = body as { ok: boolean; error?: string; ts?: string; channel?: string };
    if (!answer.ok) {
      const hint = SLACK_HINTS[answer.error ?? ''];
      throw new BlockError('provider', `Slack refused the message (${answer.error ?? 'no reason given'})${hint ? `: ${hint}` : ''}.`, {
        retriable: answer.error === 'ratelimited',
      });
    }
    yield ['ts', answer.ts ?? ''];
    yield ['channel', answer.channel ?? channel];
  },
});
