import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { headerOf, rawMessage } from './gmail-message.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const gmailReply = defineBlock({
  id: 'gmail.reply',
  name: 'Gmail: Reply',
  description: 'Replies to a Gmail message in its thread (to its sender, or to everyone on it), quoting its subject.',
  categories: ['gmail', 'google', 'email'],
  credentials: [googleCredential],
  input: z.object({ message_id: z.string().min(1), text: z.string(), reply_all: z.boolean().default(false), ...googleInputs }),
  output: z.object({ id: z.string(), thread_id: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a Google account', input: { message_id: 'm1', text: 'Thanks' }, error: 'needs a credential of kind oauth2:google' }],
  async *run({ message_id, text, reply_all }, ctx) {
    const headers = ['From', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'References'];
    const { body: original } = await google(ctx, 'gmail', apiPath`/users/me/messages/${message_id}`, {
      query: { format: 'metadata', metadataHeaders: headers.join(',') },
    });
    const { threadId, payload } = original as { threadId: string; payload?: { headers?: { name: string; value: string }[] } };
    const subject = headerOf(payload, 'Subject');
    const messageId = headerOf(payload, 'Message-ID');
    const to = [headerOf(payload, 'Reply-To') || headerOf(payload, 'From')];
    const cc = reply_all ? [headerOf(payload, 'To'), headerOf(payload, 'Cc')].filter(Boolean) : [];
    const raw = rawMessage({
      to,
      cc,
      subject: /^re:/i.test(subject) ? subject : `Re: ${subject}`,
      text,
      headers: messageId ? { 'In-Reply-To': messageId, References: [headerOf(payload, 'References'), messageId].filter(Boolean).join(' ') } : {},
    });
    const { body } = await google(ctx, 'gmail', apiPath`/users/me/messages/send`, { method: 'POST', json: { raw, threadId } });
    const sent = body as { id: string; threadId: string };
    yield ['id', sent.id];
    yield ['thread_id', sent.threadId];
  },
});
