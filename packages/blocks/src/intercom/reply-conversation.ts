import { defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl, joinPaths, type ApiPath } from '../shared/api-path.ts';

export const intercomCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'intercom_token',
  description: 'An Intercom access token (Developer Hub → your app → Authentication).',
};

/** The API version the block speaks (Intercom picks the behaviour by this header). */
const INTERCOM_VERSION = '2.11';

export const intercomReplyConversation = defineBlock({
  id: 'intercom.reply_conversation',
  name: 'Intercom: Reply to Conversation',
  description: 'Replies to an Intercom conversation as a teammate (a reply the customer sees, or an internal note), and closes it if asked.',
  categories: ['intercom', 'support'],
  credentials: [intercomCredential],
  input: z.object({
    conversation_id: z.string().regex(/^\d+$/, 'a conversation id is a number'),
    admin_id: z.string().regex(/^\d+$/, 'the replying teammate’s id (a number)'),
    body: z.string().min(1).describe('HTML or plain text.'),
    note: z.boolean().default(false).describe('An internal note instead of a reply.'),
    close: z.boolean().default(false),
    credential: z.string().optional(),
  }),
  output: z.object({ state: z.string(), parts: z.number() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { conversation_id: '1', admin_id: '2', body: 'Hi' }, error: 'needs a credential of kind intercom_token' }],
  async *run({ conversation_id, admin_id, body, note, close }, ctx) {
    const { fields } = await ctx.credential('credential');
    const base = (fields.baseUrl || 'https://api.intercom.io').replace(/\/$/, '');
    const call = (path: ApiPath, json: unknown) =>
      callProvider(ctx, {
        provider: 'Intercom',
        method: 'POST',
        url: apiUrl(base, joinPaths(apiPath`/conversations/${conversation_id}`, path)),
        headers: { authorization: `Bearer ${fields.token ?? ''}`, 'intercom-version': INTERCOM_VERSION },
        json,
        credentialHint: 'the Intercom access token',
      });
    let { body: conversation } = await call(apiPath`/reply`, { message_type: note ? 'note' : 'comment', type: 'admin', admin_id, body });
    if (close) ({ body: conversation } = await call(apiPath`/parts`, { message_type: 'close', type: 'admin', admin_id }));
    const answered = conversation as { state?: string; conversation_parts?: { total_count?: number } };
    yield ['state', answered.state ?? ''];
    yield ['parts', answered.conversation_parts?.total_count ?? 0];
  },
});
