import { BlockError, defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const whatsappCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'whatsapp',
  description: 'A WhatsApp Cloud API access token and the sending phone number’s id (Meta for Developers → WhatsApp → API setup).',
};

/** The Graph API version the block speaks. */
const GRAPH_VERSION = 'v21.0';

export const whatsappSendMessage = defineBlock({
  id: 'whatsapp.send_message',
  name: 'WhatsApp: Send Message',
  description: 'Sends a WhatsApp message through the Cloud API: text (within 24 hours of the person’s last message) or an approved template (any time).',
  categories: ['whatsapp', 'messaging'],
  credentials: [whatsappCredential],
  input: z.object({
    to: z.string().regex(/^\+?[1-9]\d{6,14}$/, 'a phone number with its country code, e.g. +14155550100'),
    text: z.string().min(1).max(4096).optional(),
    template: z.string().optional().describe('An approved template’s name; then `language` and `parameters`.'),
    language: z.string().default('en_US'),
    parameters: z.array(z.string()).default([]).describe('The template body’s {{1}}, {{2}}… in order.'),
    credential: z.string().optional(),
  }),
  output: z.object({ message_id: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { to: '+14155550100', text: 'Hi' }, error: 'needs a credential of kind whatsapp' }],
  async *run({ to, text, template, language, parameters }, ctx) {
    if ((text === undefined) === (template === undefined))
      throw new BlockError('invalid_input', 'Give either `text` or `template` (an approved template’s name).', { retriable: false });
    const { fields } = await ctx.credential('credential');
    const base = (fields.baseUrl || 'https://graph.facebook.com').replace(/\/$/, '');
    const content =
      text !== undefined
        ? { type: 'text', text: { body: text } }
        : {
            type: 'template',
            template: {
              name: template,
              language: { code: language },
              ...(parameters.length > 0 ? { components: [{ type: 'body', parameters: parameters.map((p) => ({ type: 'text', text: p })) }] } : {}),
            },
          };
    const { body } = await callProvider(ctx, {
      provider: 'WhatsApp',
      method: 'POST',
      url: apiUrl(base, apiPath`/${GRAPH_VERSION}/${fields.phoneNumberId ?? ''}/messages`),
      headers: { authorization: `Bearer ${fields.token ?? ''}` },
      json: { messaging_product: 'whatsapp', recipient_type: 'individual', to: to.replace(/^\+/, ''), ...content },
      credentialHint: 'the WhatsApp access token and phone number id',
    });
    yield ['message_id', (body as { messages?: { id: string }[] }).messages?.[0]?.id ?? ''];
  },
});
