import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';

/** Twilio's REST API (2010-04-01) as documented: Basic SID:token, form-encoded, {code, message, more_info, status} errors. */
function fakeTwilio(seen: { url: string; form: Record<string, string> }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const form = Object.fromEntries(new URLSearchParams(raw));
    seen.push({ url: req.url!, form });
    if (req.headers.authorization !== `Basic ${Buffer.from(`${ACCOUNT}:tw-good`).toString('base64')}`)
      return json(401, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
    if (req.url !== `/2010-04-01/Accounts/${ACCOUNT}/Messages.json`)
      return json(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
    if (form.To === '+15005550001')
      return json(400, {
        code: 21211,
        message: "The 'To' number +15005550001 is not a valid phone number.",
        more_info: 'https://www.twilio.com/docs/errors/21211',
        status: 400,
      });
    json(201, { sid: 'SM1', status: 'queued', num_segments: '1', to: form.To, body: form.Body });
  });
}

describe('Twilio SMS against a local server speaking its REST API', () => {
  const seen: { url: string; form: Record<string, string> }[] = [];
  const run = providerSuite(fakeTwilio(seen), (baseUrl) => ({ id: 'tw', kind: 'twilio', fields: { accountSid: ACCOUNT, authToken: 'tw-good', baseUrl } }));

  it('sends a message from a number, form-encoded', async () => {
    expect((await run('twilio.send_sms', { to: '+14155550100', from: '+14155550101', body: 'Build done' })).outputs).toEqual({
      sid: ['SM1'],
      status: ['queued'],
      segments: [1],
    });
    expect(seen.at(-1)!.form).toEqual({ To: '+14155550100', Body: 'Build done', From: '+14155550101' });
  });

  it('says what Twilio refused, and what is missing', async () => {
    expect((await run('twilio.send_sms', { to: '+15005550001', from: '+14155550101', body: 'x' })).error?.message).toBe(
      "Twilio answered 400: The 'To' number +15005550001 is not a valid phone number.",
    );
    expect((await run('twilio.send_sms', { to: '+14155550100', from: '+14155550101', body: 'x' }, { authToken: 'bad' })).error?.kind).toBe('credential');
    expect((await run('twilio.send_sms', { to: '+14155550100', body: 'x' })).error?.message).toBe(
      'Give `from` (your Twilio number) or `messaging_service_sid`.',
    );
  });
});
