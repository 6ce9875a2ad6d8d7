import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startOAuthProvider, type TestOAuthProvider } from '../testing/oauth-provider.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

/** Follows the browser's path by hand: the authorize URL, the provider's redirect to the callback, the callback's redirect to the web app. */
async function connect(owner: ApiClient, provider = 'google', body: Record<string, unknown> = {}) {
  const started = await owner.post(`/api/oauth/${provider}/start`, body);
  expect(started.status).toBe(200);
  const authorize = new URL(started.body.authorizeUrl as string);
  const atProvider = await fetch(authorize, { redirect: 'manual' });
  expect(atProvider.status).toBe(302);
  const callback = new URL(atProvider.headers.get('location')!);
  const back = await fetch(callback, { redirect: 'manual' });
  expect(back.status).toBe(302);
  return { authorize, callback, done: new URLSearchParams(back.headers.get('location')!.split('?')[1]) };
}

describe('connecting an account over OAuth2 (real server process, real authorization server)', () => {
  let database: TestDatabase;
  let provider: TestOAuthProvider;
  let server: ServerProcess;
  let owner: ApiClient;

  beforeAll(async () => {
    provider = await startOAuthProvider();
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, ...provider.env('google') });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await provider?.close();
  });

  it('lists the presets and which ones the operator set up', async () => {
    const { body } = await owner.get('/api/oauth/providers');
    expect(body.providers.map((p: { id: string }) => p.id)).toEqual(['github', 'google', 'microsoft', 'notion', 'slack']);
    expect(body.providers.find((p: { id: string }) => p.id === 'google')).toMatchObject({ kind: 'oauth2:google', configured: true });
    expect(body.providers.find((p: { id: string }) => p.id === 'github')).toMatchObject({ configured: false });
  });

  it('connects with the authorization code and PKCE, and keeps the tokens in the vault as an oauth2:google credential', async () => {
    const { authorize, callback, done } = await connect(owner, 'google', { name: 'Work Google' });
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'blocksmith-test-client',
      redirect_uri: `${server.url}/api/oauth/callback`,
      code_challenge_method: 'S256',
      access_type: 'offline',
      scope: [
        'https://www.googleapis.com/auth/spreadsheets',
        'https://www.googleapis.com/auth/drive.readonly',
        'https://www.googleapis.com/auth/gmail.modify',
        'https://www.googleapis.com/auth/calendar.events',
        'https://www.googleapis.com/auth/documents',
      ].join(' '),
    });
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(callback.origin + callback.pathname).toBe(`${server.url}/api/oauth/callback`);
    expect(done.get('error')).toBeNull();
    expect(done.get('name')).toBe('Work Google');
    const { body } = await owner.get('/api/credentials');
    expect(body.credentials).toContainEqual(expect.objectContaining({ id: done.get('credential'), name: 'Work Google', kind: 'oauth2:google' }));
    expect(JSON.stringify(body)).not.toMatch(/eyJ/);
    // A state serves once: the same callback again is refused.
    const again = await fetch(callback, { redirect: 'manual' });
    expect(new URLSearchParams(again.headers.get('location')!.split('?')[1]).get('error')).toMatch(/used already or is older than ten minutes/);
  });

  it('says why when the person refuses, the provider refuses the code, or nobody set the provider up', async () => {
    const started = await owner.post('/api/oauth/google/start', {});
    const state = new URL(started.body.authorizeUrl as string).searchParams.get('state')!;
    const denied = await fetch(`${server.url}/api/oauth/callback?state=${state}&error=access_denied&error_description=The+user+said+no`, {
      redirect: 'manual',
    });
    expect(new URLSearchParams(denied.headers.get('location')!.split('?')[1]).get('error')).toBe(
      'Google did not grant access: access_denied (The user said no).',
    );

    provider.refuseNext('invalid_grant');
    const { done } = await connect(owner);
    expect(done.get('error')).toMatch(/^Google refused the sign-in \(HTTP 400: invalid_grant — The grant is no longer valid\.\)\.$/);

    const unset = await owner.post('/api/oauth/github/start', {});
    expect(unset.status).toBe(409);
    expect(unset.body.error.message).toMatch(/BLOCKSMITH_OAUTH_GITHUB_CLIENT_ID and BLOCKSMITH_OAUTH_GITHUB_CLIENT_SECRET/);
    expect((await owner.post('/api/oauth/dropbox/start', {})).status).toBe(404);
    expect((await new ApiClient(server.url).post('/api/oauth/google/start', {})).status).toBe(401);
  });

  it('revokes the grant with the provider when the credential is deleted', async () => {
    const { done } = await connect(owner, 'google', { name: 'To delete' });
    const before = provider.revoked.length;
    const deleted = await owner.request('DELETE', `/api/credentials/${done.get('credential')}`);
    expect(deleted.status).toBe(204);
    expect(provider.revoked.length).toBe(before + 1);
    expect(await provider.revoked.at(-1)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
