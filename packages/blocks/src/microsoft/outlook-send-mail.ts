import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { graph, microsoftCredential, microsoftInputs, recipients } from './graph-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const outlookSendMail = defineBlock({
  id: 'outlook.send_mail',
  name: 'Outlook: Send Mail',
  description: 'Sends an email from the connected Outlook mailbox (plain text or HTML), kept in Sent Items.',
  categories: ['microsoft', 'outlook', 'email'],
  credentials: [microsoftCredential],
  input: z.object({
    to: z.array(z.email()).min(1),
    cc: z.array(z.email()).default([]),
    subject: z.string().min(1),
    body: z.string(),
    html: z.boolean().default(false),
    ...microsoftInputs,
  }),
  output: z.object({ sent: z.boolean() }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a Microsoft account',
      input: { to: ['ada@example.com'], subject: 'Hi', body: 'Hello' },
      error: 'needs a credential of kind oauth2:microsoft',
    },
  ],
  async *run({ to, cc, subject, body, html }, ctx) {
    const message = {
      subject,
      body: { contentType: html ? 'HTML' : 'Text', content: body },
      toRecipients: recipients(to),
      ...(cc.length > 0 ? { ccRecipients: recipients(cc) } : {}),
    };
    await graph(ctx, 'Outlook', apiPath`/me/sendMail`, { method: 'POST', json: { message, saveToSentItems: true } });
    yield ['sent', true];
  },
});
