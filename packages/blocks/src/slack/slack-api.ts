import { BlockError, type BlockContext, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const slackCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'slack_bot|oauth2:slack',
  description: 'The app’s bot token (xoxb-…) or a connected Slack workspace, with the scopes the method needs.',
};

export const slackInputs = { credential: z.string().optional().describe('Which Slack app to act as.') };

/** Slack's Web API answers 200 with ok: false for most mistakes; these say what to fix. */
const SLACK_HINTS: Record<string, string> = {
  channel_not_found: 'check the channel id, and that the bot was added to it',
  not_in_channel: 'invite the bot to the channel first',
  invalid_auth: 'check the bot token',
  not_authed: 'check the bot token',
  missing_scope: 'give the app the scope this needs (OAuth & Permissions) and reinstall it',
  thread_not_found: 'check the thread_ts',
  message_not_found: 'check the message ts',
  cant_update_message: 'a bot may only edit its own messages',
  cant_delete_message: 'a bot may only delete its own messages',
  already_reacted: 'the bot already reacted with this emoji',
  invalid_name: 'use an emoji name without colons, e.g. thumbsup',
};

/**
 * Calls a Slack Web API method as the node's bot: reads (`query`) as GET, writes (`json`) as POST. Slack's
 * `ok: false` becomes an error with what to fix; `ratelimited` may pass on a retry.
 */
export async function slack(
  ctx: BlockContext,
  method: string,
  request: { query?: Record<string, string | number | undefined>; json?: unknown },
): Promise<Record<string, unknown>> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://slack.com/api').replace(/\/$/, '');
  const url = apiUrl(base, apiPath`/${method}`, request.query);
  const { body } = await callProvider(ctx, {
    provider: 'Slack',
    method: request.json === undefined ? 'GET' : 'POST',
    url,
    headers: { authorization: `Bearer ${credential.fields.token ?? ''}` },
    ...(request.json !== undefined ? { json: request.json } : {}),
    credentialHint: 'the Slack bot token',
  });
  const answer = body as { ok?: boolean; error?: string };
  if (!answer.ok) {
    const hint = SLACK_HINTS[answer.error ?? ''];
    throw new BlockError('provider', `Slack refused ${method} (${answer.error ?? 'no reason given'})${hint ? `: ${hint}` : ''}.`, {
      retriable: answer.error === 'ratelimited',
    });
  }
  return body as Record<string, unknown>;
}

/** A message as the reading blocks put it out. */
export const slackMessageSchema = z.object({
  ts: z.string().describe('The message’s id in its channel (and the thread_ts to reply to it).'),
  user: z.string(),
  text: z.string(),
  thread_ts: z.string().describe('The thread it is in; empty when none.'),
  replies: z.number().int(),
});

export function toSlackMessage(raw: unknown): z.infer<typeof slackMessageSchema> {
  const m = raw as { ts: string; user?: string; bot_id?: string; text?: string; thread_ts?: string; reply_count?: number };
  return { ts: m.ts, user: m.user ?? m.bot_id ?? '', text: m.text ?? '', thread_ts: m.thread_ts ?? '', replies: m.reply_count ?? 0 };
}

export const channelInput = z.string().min(1).describe('Channel id, e.g. C0123456789.');
