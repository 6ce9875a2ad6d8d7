import type { OutboundPolicy } from '@blocksmith/blocks';
import type { CredentialInfo, Owner, Store } from '@blocksmith/store';
import { createHash, randomBytes } from 'node:crypto';
import { hashToken } from '../auth/tokens.ts';
import { Refusal } from '../platform/refusal.ts';
import type { CredentialsVault } from '../vault/credentials-vault.ts';
import type { OAuthClient } from './oauth-config.ts';
import { OAUTH_PROVIDERS, oauthKind } from './oauth-providers.ts';
import { oauthFields } from './oauth-renewal.ts';
import type { OAuthProviderInfo } from '../wire/credentials.ts';
import { exchangeCode, OAuthError } from './oauth-tokens.ts';

/** How long a person has between "Connect" and coming back from the provider. */
const PENDING_MS = 10 * 60_000;

/**
 * The authorization-code flow with PKCE: `start` keeps a one-time state and the code verifier and gives
 * the provider's authorize URL; `finish`, when the provider sends the person back, trades the code for
 * tokens and puts them in the vault as an `oauth2:<provider>` credential.
 */
export class OAuthConnections {
  constructor(
    private readonly store: Store,
    private readonly vault: CredentialsVault,
    private readonly clients: readonly OAuthClient[],
    private readonly network: OutboundPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  providers(): OAuthProviderInfo[] {
    return OAUTH_PROVIDERS.map((p) => ({
      id: p.id,
      kind: oauthKind(p.id),
      title: p.title,
      configured: this.clients.some((c) => c.id === p.id),
      scopes: p.scopes,
    }));
  }

  async start(owner: Owner, providerId: string, options: { name?: string | undefined; scopes?: string[] | undefined }, redirectUri: string): Promise<string> {
    const client = this.client(providerId);
    const state = randomBytes(24).toString('base64url');
    const verifier = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.store.oauthStates.sweep(now - PENDING_MS);
    await this.store.oauthStates.create(hashToken(state), {
      ...owner,
      provider: client.id,
      name: options.name ?? `${client.title} account`,
      verifier: this.vault.seal(verifier),
      redirectUri,
      createdAt: now,
    });
    const url = new URL(client.authorizeUrl);
    const scopes = options.scopes ?? client.scopes;
    url.search = new URLSearchParams({
      ...Object.fromEntries(url.searchParams),
      response_type: 'code',
      client_id: client.clientId,
      redirect_uri: redirectUri,
      state,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      ...(scopes.length ? { scope: scopes.join(client.scopeSeparator) } : {}),
      ...client.authorizeParams,
    }).toString();
    return url.toString();
  }

  /** What the provider sent back to the callback: a code and the state, or an error. */
  async finish(callback: {
    state?: string | undefined;
    code?: string | undefined;
    error?: string | undefined;
    error_description?: string | undefined;
  }): Promise<CredentialInfo> {
    if (!callback.state)
      throw new Refusal('invalid', 'invalid_request', 'The provider sent the person back without the state Blocksmith gave it; start the connection again.');
    const pending = await this.store.oauthStates.take(hashToken(callback.state), this.now() - PENDING_MS);
    if (!pending) throw new Refusal('invalid', 'invalid_request', 'This connection link was used already or is older than ten minutes; press Connect again.');
    const client = this.client(pending.provider);
    if (callback.error !== undefined) {
      const detail = callback.error_description ? ` (${callback.error_description})` : '';
      throw new Refusal('invalid', 'invalid_request', `${client.title} did not grant access: ${callback.error}${detail}.`);
    }
    if (!callback.code) throw new Refusal('invalid', 'invalid_request', `${client.title} sent the person back without a code; press Connect again.`);
    try {
      const tokens = await exchangeCode(client, this.network, callback.code, this.vault.unseal(pending.verifier), pending.redirectUri, this.now());
      return await this.vault.add(
        { workspaceId: pending.workspaceId, userId: pending.userId },
        pending.name,
        oauthKind(client.id),
        oauthFields(tokens, client),
      );
    } catch (error) {
      if (error instanceof OAuthError) throw new Refusal('upstream', 'provider_error', error.message);
      throw error;
    }
  }

  private client(providerId: string): OAuthClient {
    const client = this.clients.find((c) => c.id === providerId);
    if (client) return client;
    const preset = OAUTH_PROVIDERS.find((p) => p.id === providerId);
    if (!preset) throw new Refusal('not_found', 'not_found', `No OAuth provider "${providerId}"; there are ${OAUTH_PROVIDERS.map((p) => p.id).join(', ')}.`);
    const env = `BLOCKSMITH_OAUTH_${preset.id.toUpperCase()}`;
    throw new Refusal(
      'conflict',
      'not_configured',
      `Connecting ${preset.title} accounts is not set up on this server: the operator registers an OAuth app with ${preset.title} and sets ${env}_CLIENT_ID and ${env}_CLIENT_SECRET (docs/operations.md).`,
    );
  }
}
