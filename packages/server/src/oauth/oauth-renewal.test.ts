import { BlockError } from '@blocksmith/sdk';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOAuthProvider, type TestOAuthProvider } from '../testing/oauth-provider.ts';
import { CredentialsVault } from '../vault/credentials-vault.ts';
import { oauthClientsFrom } from './oauth-config.ts';
import { OAuthConnections } from './oauth-connections.ts';
import { OAuthRenewal } from './oauth-renewal.ts';

/** The test's provider listens on loopback. */
const loopbackAllowed = { allowPrivateNetwork: true, allowedHosts: [], allowedSockets: [] };

describe('renewing a connected account’s token (real authorization server)', () => {
  let database: TestDatabase;
  let provider: TestOAuthProvider;
  let store: Store;
  let vault: CredentialsVault;
  let connections: OAuthConnections;
  let userId: string;

  beforeAll(async () => {
    provider = await startOAuthProvider();
    database = await createTestDatabase('sqlite');
    store = await Store.open(database.options);
    const { clients } = oauthClientsFrom(provider.env('google'));
    vault = new CredentialsVault(store, randomBytes(32), new OAuthRenewal(clients, loopbackAllowed));
    connections = new OAuthConnections(store, vault, clients, loopbackAllowed);
    userId = (await store.users.create({ email: 'a@x.test', passwordHash: 'x', isOwner: true })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
    await provider?.close();
  });

  async function connected(): Promise<string> {
    const authorize = await connections.start({ workspaceId: userId, userId }, 'google', { name: 'Google' }, 'http://127.0.0.1:9/api/oauth/callback');
    const back = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('location')!);
    const credential = await connections.finish(Object.fromEntries(back.searchParams));
    return credential.id;
  }

  it('renews a token about to expire before a block gets it, once for callers at the same time, and keeps the renewal', async () => {
    provider.expiresIn(30);
    const id = await connected();
    const grantsBefore = provider.grants.length;
    provider.expiresIn(3600);
    // Within the minute before expiry: three blocks asking together cause one renewal.
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => vault.resolve(userId, id)));
    expect(provider.grants.slice(grantsBefore)).toEqual(['refresh_token']);
    expect(Number(a!.fields.expiresAt)).toBeGreaterThan(Date.now() + 3000_000);
    expect(b!.fields).toEqual(a!.fields);
    expect(c!.fields).toEqual(a!.fields);
    // Stored: the next run gets the renewed token without asking the provider.
    expect((await vault.resolve(userId, id))!.fields.token).toBe(a!.fields.token);
    expect(provider.grants.length).toBe(grantsBefore + 1);
  });

  it('says to connect again when the provider refuses the refresh token, and does not retry', async () => {
    provider.expiresIn(30);
    const id = await connected();
    provider.refuseNext('invalid_grant');
    const error = await vault.resolve(userId, id).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BlockError);
    expect((error as BlockError).message).toMatch(
      /Google refused the renewal of the connection \(HTTP 400: invalid_grant.*connect it again in Settings → Credentials/,
    );
    expect((error as BlockError).retriable).toBe(false);
  });
});
