import { BlockError, defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider, formBody } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const twilioCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'twilio',
  description: 'A Twilio account SID and auth token (Console → Account info), or an API key SID and secret with the account SID.',
};

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'a phone number in E.164 form, e.g. +14155550100');

export const twilioSendSms = defineBlock({
  id: 'twilio.send_sms',
  name: 'Twilio: Send SMS',
  description: 'Sends a text message from one of your Twilio numbers (or a messaging service).',
  categories: ['twilio', 'messaging'],
  credentials: [twilioCredential],
  input: z.object({
    to: e164,
    body: z.string().min(1).max(1600),
    from: e164.optional().describe('Your Twilio number; or give messaging_service_sid.'),
    messaging_service_sid: z
      .string()
      .regex(/^MG[0-9a-f]{32}$/)
      .optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ sid: z.string(), status: z.string(), segments: z.number() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { to: '+14155550100', body: 'Hi', from: '+14155550101' }, error: 'needs a credential of kind twilio' }],
  async *run({ to, body, from, messaging_service_sid }, ctx) {
    if (!from && !messaging_service_sid)
      throw new BlockError('invalid_input', 'Give `from` (your Twilio number) or `messaging_service_sid`.', { retriable: false });
    const { fields } = await ctx.credential('credential');
    const account = fields.accountSid ?? '';
    const base = (fields.baseUrl || 'https://api.twilio.com').replace(/\/$/, '');
    const user = fields.apiKeySid || account;
    const { body: sent } = await callProvider(ctx, {
      provider: 'Twilio',
      method: 'POST',
      url: apiUrl(base, apiPath`/2010-04-01/Accounts/${account}/Messages.json`),
      headers: { authorization: `Basic ${Buffer.from(`${user}:${fields.authToken ?? ''}`).toString('base64')}` },
      raw: formBody({ To: to, Body: body, From: from, MessagingServiceSid: messaging_service_sid }),
      credentialHint: 'the Twilio account SID and auth token',
    });
    const message = sent as { sid: string; status: string; num_segments?: string };
    yield ['sid', message.sid];
    yield ['status', message.status];
    yield ['segments', Number(message.num_segments ?? 1)];
  },
});
