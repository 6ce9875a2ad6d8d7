import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

describe('sign-up by invitation, and the operator (real server, BLOCKSMITH_SIGNUP=invitation)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let owner: ApiClient;
  let workspace: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_SIGNUP: 'invitation' });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    workspace = (await owner.post('/api/workspaces', { name: 'Invited only' })).body.workspace.id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const invite = async (body: Record<string, unknown>) => (await owner.post(`/api/workspaces/${workspace}/invitations`, body)).body.token as string;

  it('says sign-up is by invitation, and refuses an account without one', async () => {
    expect((await new ApiClient(server.url).get('/api/auth/state')).body).toMatchObject({ signup: 'invitation', signupOpen: false });
    const refused = await new ApiClient(server.url).post('/api/auth/signup', { email: 'nobody@x.test', password: 'password-n' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Sign-up on this server is by invitation: open the invitation link you were sent.');
  });

  it('makes an account with an invitation link, in its workspace with its role, once', async () => {
    const token = await invite({ role: 'editor' });
    const person = new ApiClient(server.url);
    expect((await person.post('/api/auth/signup', { email: 'invited@x.test', password: 'password-i', invitation: token })).status).toBe(201);
    expect((await person.get('/api/workspaces')).body.workspaces.map((w: { name: string; role: string }) => [w.name, w.role])).toEqual([
      ['Personal', 'owner'],
      ['Invited only', 'editor'],
    ]);
    // The link worked once: no second account comes of it.
    const again = await new ApiClient(server.url).post('/api/auth/signup', { email: 'second@x.test', password: 'password-s', invitation: token });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invitation_used');
    expect((await owner.get('/api/operator/users')).body.users.map((u: { email: string }) => u.email)).toEqual(['owner@x.test', 'invited@x.test']);
  });

  it('keeps an invitation for one email to that email, and makes no account for another', async () => {
    const token = await invite({ role: 'viewer', email: 'alice@x.test' });
    const wrong = await new ApiClient(server.url).post('/api/auth/signup', { email: 'mallory@x.test', password: 'password-m', invitation: token });
    expect(wrong.body.error.code).toBe('invitation_other_email');
    expect((await new ApiClient(server.url).post('/api/auth/signup', { email: 'Alice@x.test', password: 'password-a', invitation: token })).status).toBe(201);
    expect((await owner.get('/api/operator/users')).body.users.map((u: { email: string }) => u.email)).not.toContain('mallory@x.test');
  });

  it('shows the operator every account with its workspaces, and no one else', async () => {
    const { users } = (await owner.get('/api/operator/users')).body;
    expect(users.find((u: { email: string }) => u.email === 'invited@x.test').workspaces).toMatchObject([
      { name: 'Personal', personal: true, role: 'owner' },
      { name: 'Invited only', personal: false, role: 'editor' },
    ]);
    const member = new ApiClient(server.url);
    await member.post('/api/auth/login', { email: 'invited@x.test', password: 'password-i' });
    const refused = await member.get('/api/operator/users');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('operator_only');
  });
});
