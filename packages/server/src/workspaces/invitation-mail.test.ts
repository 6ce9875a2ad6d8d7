import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

describe('invitations by email, through the operator’s mail server (real server, a real SMTP server)', () => {
  let database: TestDatabase;
  let smtp: SMTPServer;
  let server: ServerProcess;
  let owner: ApiClient;
  let workspace: string;
  const received: { to: string[]; data: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      onAuth: (auth, _session, callback) =>
        auth.username === 'mailer' && auth.password === 'p@ss' ? callback(null, { user: 'mailer' }) : callback(new Error('Invalid login')),
      onRcptTo: (address, _session, callback) =>
        address.address.endsWith('@nowhere.test') ? callback(Object.assign(new Error('No such user here'), { responseCode: 550 })) : callback(),
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      BLOCKSMITH_SMTP_URL: `smtp://mailer:${encodeURIComponent('p@ss')}@127.0.0.1:${port}`,
      BLOCKSMITH_SMTP_FROM: 'Blocksmith <agents@example.test>',
      BLOCKSMITH_ALLOW_HOSTS: `127.0.0.1:${port}`,
    });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    workspace = (await owner.post('/api/workspaces', { name: 'Mailed team' })).body.workspace.id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  it('mails the link to the email an invitation is for', async () => {
    const { body } = await owner.post(`/api/workspaces/${workspace}/invitations`, { role: 'editor', email: 'bea@x.test' });
    expect(body).toMatchObject({ emailed: true });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['bea@x.test']);
    expect(received[0]!.data).toContain('Subject: owner@x.test invited you to Mailed team on Blocksmith');
    // The body as the person reads it (the mail is quoted-printable: soft line breaks and =XX escapes).
    const text = received[0]!.data.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(text).toContain(`${server.url}/#/invitations/${body.token}`);
  });

  it('keeps the invitation and says why when the mail server refuses it; mails nothing for a link without an email', async () => {
    const refused = (await owner.post(`/api/workspaces/${workspace}/invitations`, { role: 'viewer', email: 'ghost@nowhere.test' })).body;
    expect(refused).toMatchObject({ emailed: false, emailProblem: expect.stringContaining('No such user here') });
    expect((await owner.get(`/api/workspaces/${workspace}/invitations`)).body.invitations.map((i: { id: string }) => i.id)).toContain(refused.invitation.id);
    expect((await owner.post(`/api/workspaces/${workspace}/invitations`, { role: 'viewer' })).body).toMatchObject({ emailed: false });
    expect(received).toHaveLength(1);
  });
});
