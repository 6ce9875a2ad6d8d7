import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { refusalIn, smtpTransport } from '../outbound/index.ts';

const addresses = z.union([z.email(), z.array(z.email()).min(1)]);

export const emailSend = defineBlock({
  id: 'email.send',
  name: 'Send Email',
  description: 'Sends an email over SMTP (text, and HTML if given) through the SMTP server of the credential; answers the message id the server accepted.',
  categories: ['messaging', 'email'],
  credentials: [{ input: 'credential', kind: 'smtp', description: 'The SMTP server: host, port, sign-in and the sender address.' }],
  input: z.object({
    to: addresses,
    subject: z.string().min(1).max(998),
    text: z.string().describe('The plain-text body.'),
    html: z.string().optional().describe('An HTML body too (e.g. from Markdown to HTML).'),
    cc: addresses.optional(),
    reply_to: z.email().optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ message_id: z.string(), accepted: z.array(z.string()) }),
  retry: { attempts: 1 },
  timeoutMs: 60_000,
  examples: [{ name: 'needs an SMTP server', input: { to: 'ada@example.com', subject: 'Hi', text: 'Hello' }, error: 'needs a credential of kind smtp' }],
  async *run({ to, subject, text, html, cc, reply_to }, ctx) {
    const { fields } = await ctx.credential('credential');
    const host = fields.host ?? '';
    const port = Number(fields.port || 587);
    const transport = smtpTransport(
      {
        host,
        port,
        secure: fields.security === 'tls',
        requireTLS: fields.security === 'starttls',
        ...(fields.username ? { auth: { user: fields.username, pass: fields.password ?? '' } } : {}),
        connectionTimeout: 20_000,
      },
      ctx.settings,
    );
    try {
      const sent = await transport.sendMail({
        from: fields.from,
        to,
        subject,
        text,
        ...(html ? { html } : {}),
        ...(cc ? { cc } : {}),
        ...(reply_to ? { replyTo: reply_to } : {}),
      });
      yield ['message_id', sent.messageId];
      yield ['accepted', sent.accepted.map(String)];
    } catch (error) {
      const refusal = refusalIn(error);
      if (refusal) throw refusal;
      const e = error as { responseCode?: number; response?: string; code?: string; message: string };
      const said = e.response ?? e.message;
      if (e.code === 'EAUTH')
        throw new BlockError('credential', `The SMTP server refused the sign-in (${said}): check the username and password.`, { retriable: false });
      const permanent = e.responseCode !== undefined && e.responseCode >= 500;
      throw new BlockError('smtp', `The SMTP server did not take the email (${said})${permanent ? ': check the addresses' : ''}.`, { retriable: !permanent });
    } finally {
      transport.close();
    }
  },
});
