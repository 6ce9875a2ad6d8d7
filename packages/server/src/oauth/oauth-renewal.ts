import type { OutboundPolicy } from '@blocksmith/blocks';
import { BlockError } from '@blocksmith/sdk';
import type { OAuthClient } from './oauth-config.ts';
import { providerOfKind } from './oauth-providers.ts';
import { OAuthError, refreshTokens, revokeToken, type OAuthTokens } from './oauth-tokens.ts';

/** Tokens this close to their end are renewed before a block gets them, so a call does not fail halfway. */
const RENEW_MARGIN_MS = 60_000;

/** The fields an `oauth2:<provider>` credential keeps; `token` is the access token blocks send, `baseUrl` where they send it when moved. */
export function oauthFields(tokens: OAuthTokens, client: OAuthClient): Record<string, string> {
  return {
    token: tokens.token,
    ...(client.apiUrl !== undefined ? { baseUrl: client.apiUrl } : {}),
    ...(tokens.refreshToken !== undefined ? { refreshToken: tokens.refreshToken } : {}),
    ...(tokens.expiresAt !== undefined ? { expiresAt: String(tokens.expiresAt) } : {}),
    ...(tokens.scope !== undefined ? { scope: tokens.scope } : {}),
  };
}

/**
 * Keeps connected accounts usable: renews an access token near its end with the refresh token, once at a
 * time per credential in this process, and revokes the grant when the credential is deleted.
 */
export class OAuthRenewal {
  private readonly renewing = new Map<string, Promise<Record<string, string>>>();

  constructor(
    private readonly clients: readonly OAuthClient[],
    private readonly network: OutboundPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  client(providerId: string): OAuthClient | undefined {
    return this.clients.find((c) => c.id === providerId);
  }

  /** Fresh fields for the credential, or undefined when it needs no renewal; `save` stores renewed fields before they are used. */
  fresh(
    credential: { id: string; name: string; kind: string; fields: Record<string, string> },
    save: (fields: Record<string, string>) => Promise<void>,
  ): Promise<Record<string, string>> | undefined {
    const providerId = providerOfKind(credential.kind);
    const expiresAt = Number(credential.fields.expiresAt);
    if (providerId === undefined || !Number.isFinite(expiresAt) || expiresAt - RENEW_MARGIN_MS > this.now()) return undefined;
    const running = this.renewing.get(credential.id);
    if (running) return running;
    const renewal = this.renew(providerId, credential, save).finally(() => this.renewing.delete(credential.id));
    this.renewing.set(credential.id, renewal);
    return renewal;
  }

  async revoke(kind: string, fields: Record<string, string>): Promise<void> {
    const providerId = providerOfKind(kind);
    const client = providerId === undefined ? undefined : this.client(providerId);
    if (!client || fields.token === undefined) return;
    await revokeToken(client, this.network, { token: fields.token, refreshToken: fields.refreshToken });
  }

  private async renew(
    providerId: string,
    credential: { name: string; fields: Record<string, string> },
    save: (fields: Record<string, string>) => Promise<void>,
  ): Promise<Record<string, string>> {
    const client = this.client(providerId);
    const reconnect = `connect it again in Settings → Credentials`;
    if (!client) {
      throw new BlockError(
        'credential',
        `The connection "${credential.name}" has expired and this server has no ${providerId} OAuth client to renew it: the operator sets BLOCKSMITH_OAUTH_${providerId.toUpperCase()}_CLIENT_ID and _CLIENT_SECRET.`,
        {
          retriable: false,
        },
      );
    }
    if (credential.fields.refreshToken === undefined) {
      throw new BlockError(
        'credential',
        `The ${client.title} connection "${credential.name}" has expired and ${client.title} gave no refresh token: ${reconnect}.`,
        { retriable: false },
      );
    }
    try {
      const fields = oauthFields(await refreshTokens(client, this.network, credential.fields.refreshToken, this.now()), client);
      await save(fields);
      return fields;
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      throw new BlockError(
        'credential',
        `${error.message} ${error.grantRejected ? `The connection "${credential.name}" is no longer valid: ${reconnect}.` : 'Try again later.'}`,
        {
          retriable: !error.grantRejected,
        },
      );
    }
  }
}
