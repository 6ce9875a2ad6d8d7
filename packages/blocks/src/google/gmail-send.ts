import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { rawMessage } from './gmail-message.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const gmailSend = defineBlock({
  id: 'gmail.send',
  name: 'Gmail: Send',
  description: 'Sends a plain-text email from the connected Gmail account.',
  categories: ['gmail', 'google', 'email'],
  credentials: [googleCredential],
  input: z.object({
    to: z.array(z.email()).min(1),
    cc: z.array(z.email()).default([]),
    subject: z.string().min(1),
    text: z.string(),
    ...googleInputs,
  }),
  output: z.object({ id: z.string(), thread_id: z.string() }),
  retry: { attempts: 1 },
  examples: [
    { name: 'needs a Google account', input: { to: ['ada@example.com'], subject: 'Hi', text: 'Hello' }, error: 'needs a credential of kind oauth2:google' },
  ],
  async *run({ to, cc, subject, text }, ctx) {
    const { body } = await google(ctx, 'gmail', apiPath`/users/me/messages/send`, { method: 'POST', json: { raw: rawMessage({ to, cc, subject, text }) } });
    const sent = body as { id: string; threadId: string };
    yield ['id', sent.id];
    yield ['thread_id', sent.threadId];
  },
});
