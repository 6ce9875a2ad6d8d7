import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startOidcProvider, type TestOidcProvider } from '../testing/oidc-provider.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

/** Follows a sign-in from the server to the provider and back, as a browser would, without one; the session cookie it ends with, or where it was sent. */
async function signInThroughSso(serverUrl: string): Promise<{ session?: string; landed: string }> {
  const start = await fetch(`${serverUrl}/api/auth/oidc/start`, { redirect: 'manual' });
  const pending = /bs_oidc=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1];
  const atProvider = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  const back = atProvider.headers.get('location')!;
  const callback = await fetch(back, { redirect: 'manual', headers: pending ? { cookie: `bs_oidc=${pending}` } : {} });
  const session = /bs_session=([^;]+)/.exec(callback.headers.get('set-cookie') ?? '')?.[1];
  return { ...(session ? { session } : {}), landed: callback.headers.get('location')! };
}

/** Why the server sent the browser back without signing it in. */
const ssoError = (landed: string) => new URLSearchParams(new URL(landed, 'http://x').search).get('sso_error');

describe('single sign-on through an OpenID Connect provider (real server, real signed ID tokens)', () => {
  let database: TestDatabase;
  let provider: TestOidcProvider;
  let server: ServerProcess;
  let owner: ApiClient;
  let engineering: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    provider = await startOidcProvider();
    // The owner sets the server up with a password and makes the workspace the provider's groups map to.
    const first = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
    owner = new ApiClient(first.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    engineering = (await owner.post('/api/workspaces', { name: 'Engineering' })).body.workspace.id;
    await first.stop();
    server = await startServerProcess({
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      ...provider.env({
        BLOCKSMITH_OIDC_GROUPS: JSON.stringify({ engineers: { workspace: engineering, role: 'editor' }, leads: { workspace: engineering, role: 'admin' } }),
        BLOCKSMITH_OIDC_WORKSPACE: engineering,
        BLOCKSMITH_OIDC_DEFAULT_ROLE: 'viewer',
        BLOCKSMITH_PASSWORD_SIGNIN: 'off',
      }),
    });
    owner = new ApiClient(server.url);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await provider?.close();
    await database?.drop();
  });

  const asSession = (session: string) => {
    return new ApiClient(server.url).withCookie('bs_session', session);
  };

  it('says sign-in is through the provider, and refuses passwords', async () => {
    expect((await owner.get('/api/auth/state')).body).toMatchObject({ passwordSignIn: false, sso: { name: 'Test SSO', start: '/api/auth/oidc/start' } });
    const refused = await owner.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'password_signin_off', message: 'Passwords are off on this server: sign in with Test SSO.' });
  });

  it('makes an account on the first sign-in, with the workspaces and roles its groups give', async () => {
    provider.signInAs({ email: 'dana@x.test', groups: ['engineers', 'unmapped'] });
    const { session, landed } = await signInThroughSso(server.url);
    expect(landed).toBe('/#/');
    const dana = asSession(session!);
    expect((await dana.get('/api/auth/me')).body.user).toMatchObject({ email: 'dana@x.test', isOwner: false });
    const signIns = (await dana.get(`/api/workspaces/${(await dana.get('/api/auth/me')).body.user.id}/audit`)).body.events;
    expect(signIns).toMatchObject([{ action: 'finishSso', actor: { email: 'dana@x.test' } }]);
    expect((await dana.get('/api/workspaces')).body.workspaces.map((w: { name: string; role: string }) => [w.name, w.role])).toEqual([
      ['Personal', 'owner'],
      ['Engineering', 'editor'],
    ]);
  });

  it('signs the same account in again, raising a role a new group gives and never lowering one', async () => {
    provider.signInAs({ email: 'dana@x.test', groups: ['leads'] });
    const dana = asSession((await signInThroughSso(server.url)).session!);
    expect((await dana.get('/api/workspaces')).body.workspaces.find((w: { name: string }) => w.name === 'Engineering').role).toBe('admin');
    provider.signInAs({ email: 'dana@x.test', groups: [] });
    await signInThroughSso(server.url);
    expect((await dana.get('/api/workspaces')).body.workspaces.find((w: { name: string }) => w.name === 'Engineering').role).toBe('admin');
    // Someone in no mapped group gets the default workspace with the default role.
    provider.signInAs({ email: 'eli@x.test' });
    const eli = asSession((await signInThroughSso(server.url)).session!);
    expect((await eli.get('/api/workspaces')).body.workspaces.find((w: { name: string }) => w.name === 'Engineering').role).toBe('viewer');
  });

  it('refuses an unverified email, and a callback that this browser did not start, saying why', async () => {
    provider.signInAs({ email: 'unverified@x.test', verified: false });
    const unverified = await signInThroughSso(server.url);
    expect(unverified.session).toBeUndefined();
    expect(ssoError(unverified.landed)).toBe('Test SSO says unverified@x.test is not verified yet.');

    const start = await fetch(`${server.url}/api/auth/oidc/start`, { redirect: 'manual' });
    const back = (await fetch(start.headers.get('location')!, { redirect: 'manual' })).headers.get('location')!;
    const forged = await fetch(back, { redirect: 'manual' });
    expect(forged.headers.get('set-cookie') ?? '').not.toContain('bs_session=');
    expect(ssoError(forged.headers.get('location')!)).toBe('This sign-in was not started here, or took too long: start it again.');
  });
});
