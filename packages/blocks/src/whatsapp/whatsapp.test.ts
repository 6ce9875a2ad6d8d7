import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** The WhatsApp Cloud API (Graph API) as documented: Bearer token, /{version}/{phone id}/messages, {error: {message, type, code}}. */
function fakeWhatsapp(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = JSON.parse(raw);
    seen.push({ url: req.url!, body });
    if (req.headers.authorization !== 'Bearer wa-good')
      return json(401, { error: { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190 } });
    if (req.url !== '/v21.0/1061/messages') return json(400, { error: { message: 'Unsupported post request.', type: 'GraphMethodException', code: 100 } });
    if (body.type === 'text' && body.to === '447700900000')
      return json(400, { error: { message: '(#131047) Re-engagement message', type: 'OAuthException', code: 131047 } });
    json(200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: 'wamid.HBg' }] });
  });
}

describe('WhatsApp Cloud API against a local server speaking it', () => {
  const seen: { url: string; body: unknown }[] = [];
  const run = providerSuite(fakeWhatsapp(seen), (baseUrl) => ({ id: 'wa', kind: 'whatsapp', fields: { token: 'wa-good', phoneNumberId: '1061', baseUrl } }));

  it('sends text and templates with their parameters', async () => {
    expect((await run('whatsapp.send_message', { to: '+14155550100', text: 'Your order shipped' })).outputs).toEqual({ message_id: ['wamid.HBg'] });
    expect(seen.at(-1)!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '14155550100',
      type: 'text',
      text: { body: 'Your order shipped' },
    });
    await run('whatsapp.send_message', { to: '14155550100', template: 'order_update', parameters: ['A-17'] });
    expect(seen.at(-1)!.body).toMatchObject({
      type: 'template',
      template: { name: 'order_update', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'A-17' }] }] },
    });
  });

  it('says what WhatsApp refused, and asks for text or a template', async () => {
    expect((await run('whatsapp.send_message', { to: '+447700900000', text: 'Hello again' })).error?.message).toBe(
      'WhatsApp answered 400: (#131047) Re-engagement message',
    );
    expect((await run('whatsapp.send_message', { to: '+14155550100', text: 'x' }, { token: 'bad' })).error?.kind).toBe('credential');
    expect((await run('whatsapp.send_message', { to: '+14155550100' })).error?.message).toBe('Give either `text` or `template` (an approved template’s name).');
  });
});
