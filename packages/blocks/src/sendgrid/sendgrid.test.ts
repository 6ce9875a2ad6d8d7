import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** SendGrid's v3 Mail Send as documented: Bearer key, 202 with X-Message-Id and no body, { errors: [{ message, field }] }. */
function fakeSendgrid(seen: unknown[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    const body = JSON.parse(raw) as { from: { email: string } };
    seen.push(body);
    if (req.headers.authorization !== 'Bearer SG.good')
      return json(401, { errors: [{ message: 'The provided authorization grant is invalid, expired, or revoked', field: null }] });
    if (req.url !== '/v3/mail/send') return json(404, { errors: [{ message: 'not found' }] });
    if (body.from.email !== 'team@example.com')
      return json(403, { errors: [{ message: 'The from address does not match a verified Sender Identity.', field: 'from' }] });
    res.writeHead(202, { 'x-message-id': 'W6A2ouR5Q1yqA' }).end();
  });
}

describe('SendGrid against a local server speaking its v3 API', () => {
  const seen: unknown[] = [];
  const run = providerSuite(fakeSendgrid(seen), (baseUrl) => ({ id: 'sg', kind: 'sendgrid_key', fields: { apiKey: 'SG.good', baseUrl } }));

  it('sends text and HTML to several people, and answers SendGrid’s message id', async () => {
    const sent = await run('sendgrid.send_email', {
      from: 'team@example.com',
      from_name: 'Team',
      to: ['ada@example.com', 'alan@example.com'],
      cc: ['boss@example.com'],
      subject: 'Release',
      text: 'Shipped.',
      html: '<p>Shipped.</p>',
    });
    expect(sent.outputs).toEqual({ message_id: ['W6A2ouR5Q1yqA'] });
    expect(seen.at(-1)).toEqual({
      personalizations: [{ to: [{ email: 'ada@example.com' }, { email: 'alan@example.com' }], cc: [{ email: 'boss@example.com' }] }],
      from: { email: 'team@example.com', name: 'Team' },
      subject: 'Release',
      content: [
        { type: 'text/plain', value: 'Shipped.' },
        { type: 'text/html', value: '<p>Shipped.</p>' },
      ],
    });
  });

  it('says what SendGrid refused', async () => {
    const unverified = await run('sendgrid.send_email', { from: 'me@example.com', to: ['ada@example.com'], subject: 'x', text: 'y' });
    expect(unverified.error).toMatchObject({ kind: 'credential', message: expect.stringContaining('does not match a verified Sender Identity') });
    expect(
      (await run('sendgrid.send_email', { from: 'team@example.com', to: ['a@example.com'], subject: 'x', text: 'y' }, { apiKey: 'SG.bad' })).error?.message,
    ).toContain('authorization grant is invalid');
  });
});
