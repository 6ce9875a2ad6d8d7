import type { Credential } from '@blocksmith/sdk';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';

describe('email.send against a real SMTP server (smtp-server)', () => {
  let server: SMTPServer;
  const received: { from: string; to: string[]; data: string }[] = [];
  let smtp: Credential;

  beforeAll(async () => {
    server = new SMTPServer({
      secure: false,
      authOptional: false,
      disabledCommands: ['STARTTLS'],
      onAuth(auth, _session, callback) {
        if (auth.username === 'ada' && auth.password === 'secret') return callback(null, { user: 'ada' });
        callback(new Error('Invalid username or password'));
      },
      onRcptTo(address, _session, callback) {
        if (address.address.endsWith('@nowhere.test')) return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    smtp = {
      id: 'mail',
      kind: 'smtp',
      fields: { host: '127.0.0.1', port: String(port), security: 'none', username: 'ada', password: 'secret', from: 'Ada <ada@example.test>' },
    };
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends text and HTML to the recipients, from the credential’s address', async () => {
    const run = await runBlock(
      'email.send',
      { to: ['bob@example.test'], subject: 'Report', text: 'See attached.', html: '<p>See <b>attached</b>.</p>' },
      { allowPrivateNetwork: true },
      { credentials: [smtp] },
    );
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.accepted).toEqual([['bob@example.test']]);
    expect(received.at(-1)).toMatchObject({ from: 'ada@example.test', to: ['bob@example.test'] });
    expect(received.at(-1)!.data).toContain('Subject: Report');
    expect(received.at(-1)!.data).toContain('<b>attached</b>');
  });

  it('says whether the sign-in or an address was refused', async () => {
    const wrong = await runBlock(
      'email.send',
      { to: 'bob@example.test', subject: 'x', text: 'x' },
      { allowPrivateNetwork: true },
      { credentials: [{ ...smtp, fields: { ...smtp.fields, password: 'nope' } }] },
    );
    expect(wrong.error).toMatchObject({ kind: 'credential', message: expect.stringContaining('check the username and password') });
    const lost = await runBlock('email.send', { to: 'x@nowhere.test', subject: 'x', text: 'x' }, { allowPrivateNetwork: true }, { credentials: [smtp] });
    expect(lost.error).toMatchObject({ kind: 'smtp', message: expect.stringContaining('No such user here') });
  });

  it('keeps to the address policy', async () => {
    const refused = await runBlock('email.send', { to: 'bob@example.test', subject: 'x', text: 'x' }, {}, { credentials: [smtp] });
    expect(refused.error).toMatchObject({ kind: 'forbidden_address' });
  });
});
