import { BlockError, defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const sendgridCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'sendgrid_key',
  description: 'A SendGrid API key with the Mail Send permission (Settings → API Keys, SG.…).',
};

const address = z.email();

export const sendgridSendEmail = defineBlock({
  id: 'sendgrid.send_email',
  name: 'SendGrid: Send Email',
  description: 'Sends an email through SendGrid from a verified sender: text, HTML or both, to several people at once.',
  categories: ['sendgrid', 'email'],
  credentials: [sendgridCredential],
  input: z.object({
    from: address.describe('A sender SendGrid has verified (a Single Sender or an authenticated domain).'),
    from_name: z.string().optional(),
    to: z.array(address).min(1).max(1000),
    cc: z.array(address).default([]),
    subject: z.string().min(1).max(998),
    text: z.string().optional(),
    html: z.string().optional(),
    reply_to: address.optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ message_id: z.string().describe('SendGrid’s id for the message, to find it in its activity feed.') }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a key',
      input: { from: 'a@example.com', to: ['b@example.com'], subject: 'Hi', text: 'Hello' },
      error: 'needs a credential of kind sendgrid_key',
    },
    { name: 'needs a body', input: { from: 'a@example.com', to: ['b@example.com'], subject: 'Hi' }, error: 'Give text, html or both' },
  ],
  async *run({ from, from_name, to, cc, subject, text, html, reply_to }, ctx) {
    const content = [...(text ? [{ type: 'text/plain', value: text }] : []), ...(html ? [{ type: 'text/html', value: html }] : [])];
    if (content.length === 0) throw new BlockError('invalid_input', 'Give text, html or both: the message has no body.', { retriable: false });
    const { fields } = await ctx.credential('credential');
    const { headers } = await callProvider(ctx, {
      provider: 'SendGrid',
      method: 'POST',
      url: apiUrl(fields.baseUrl || 'https://api.sendgrid.com', apiPath`/v3/mail/send`),
      headers: { authorization: `Bearer ${fields.apiKey ?? ''}` },
      json: {
        personalizations: [{ to: to.map((email) => ({ email })), ...(cc.length > 0 ? { cc: cc.map((email) => ({ email })) } : {}) }],
        from: { email: from, ...(from_name ? { name: from_name } : {}) },
        ...(reply_to ? { reply_to: { email: reply_to } } : {}),
        subject,
        content,
      },
      credentialHint: 'the SendGrid API key and its Mail Send permission',
    });
    yield ['message_id', headers['x-message-id'] ?? ''];
  },
});
