import { outboundFetch, type OutboundPolicy } from '@blocksmith/blocks';
import type { OAuthClient } from './oauth-config.ts';

/** What a token endpoint handed out, as the credential keeps it (`token` is what blocks send). */
export interface OAuthTokens {
  token: string;
  refreshToken?: string;
  /** Unix ms; absent when the provider's tokens do not expire. */
  expiresAt?: number;
  scope?: string;
}

/** A provider's refusal or an endpoint that could not be reached, in words a person can act on. */
export class OAuthError extends Error {
  constructor(
    message: string,
    /** The provider said the grant is no good (revoked, expired): only connecting again helps. */
    readonly grantRejected = false,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 15_000;

export function exchangeCode(
  client: OAuthClient,
  network: OutboundPolicy,
  code: string,
  verifier: string,
  redirectUri: string,
  now = Date.now(),
): Promise<OAuthTokens> {
  return tokenRequest(client, network, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier }, now);
}

export async function refreshTokens(client: OAuthClient, network: OutboundPolicy, refreshToken: string, now = Date.now()): Promise<OAuthTokens> {
  const tokens = await tokenRequest(client, network, { grant_type: 'refresh_token', refresh_token: refreshToken }, now);
  // Providers that do not rotate refresh tokens leave the old one valid and do not send it again.
  return { refreshToken, ...tokens };
}

/** Tells the provider to forget the grant: the refresh token where there is one (it ends the access token too), else the access token. */
export async function revokeToken(client: OAuthClient, network: OutboundPolicy, tokens: { token: string; refreshToken?: string | undefined }): Promise<void> {
  if (client.revokeStyle === 'none') return;
  const basic = basicAuth(client);
  const request = ((): RequestInit => {
    switch (client.revokeStyle) {
      case 'rfc7009':
        return {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form({ token: tokens.refreshToken ?? tokens.token, client_id: client.clientId, client_secret: client.clientSecret }),
        };
      case 'github':
        return {
          method: 'DELETE',
          headers: { authorization: basic, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
          body: JSON.stringify({ access_token: tokens.token }),
        };
      case 'notion':
        return { method: 'POST', headers: { authorization: basic, 'content-type': 'application/json' }, body: JSON.stringify({ token: tokens.token }) };
      case 'slack':
        return { method: 'POST', headers: { authorization: `Bearer ${tokens.token}` } };
    }
  })();
  const url = client.revokeUrl.replace('{client_id}', encodeURIComponent(client.clientId));
  const response = await send(client, network, url, request);
  const text = await response.text();
  const answer = parseAnswer(text);
  if (!response.ok || answer.ok === false) {
    throw new OAuthError(`${client.title} did not revoke the token (HTTP ${response.status}${describe(answer)}).`);
  }
}

async function tokenRequest(client: OAuthClient, network: OutboundPolicy, params: Record<string, string>, now: number): Promise<OAuthTokens> {
  const withClient = client.tokenRequest.clientAuth === 'body' ? { ...params, client_id: client.clientId, client_secret: client.clientSecret } : params;
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': client.tokenRequest.body === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
  };
  if (client.tokenRequest.clientAuth === 'basic') headers.authorization = basicAuth(client);
  const response = await send(client, network, client.tokenUrl, {
    method: 'POST',
    headers,
    body: client.tokenRequest.body === 'json' ? JSON.stringify(withClient) : form(withClient),
  });
  const answer = parseAnswer(await response.text());
  const grant = params.grant_type === 'refresh_token' ? 'renewal of the connection' : 'sign-in';
  // GitHub answers a bad code with 200 and { error }; Slack with 200 and { ok: false }.
  if (!response.ok || answer.error !== undefined || answer.ok === false || typeof answer.access_token !== 'string') {
    const rejected =
      answer.error === 'invalid_grant' ||
      answer.error === 'bad_verification_code' ||
      answer.error === 'bad_refresh_token' ||
      answer.error === 'invalid_refresh_token';
    throw new OAuthError(`${client.title} refused the ${grant} (HTTP ${response.status}${describe(answer)}).`, rejected);
  }
  const expiresIn = Number(answer.expires_in);
  return {
    token: answer.access_token,
    ...(typeof answer.refresh_token === 'string' ? { refreshToken: answer.refresh_token } : {}),
    ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresAt: now + expiresIn * 1000 } : {}),
    ...(typeof answer.scope === 'string' ? { scope: answer.scope } : {}),
  };
}

/** Token and revocation endpoints are reached under the same address policy as every block's call. */
async function send(client: OAuthClient, network: OutboundPolicy, url: string, init: RequestInit): Promise<Response> {
  try {
    return await outboundFetch(network)(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new OAuthError(`${client.title} could not be reached at ${new URL(url).origin}: ${(error as Error).message}.`);
  }
}

/** Token endpoints answer JSON, or (GitHub without Accept) a form; anything else reads as no answer. */
function parseAnswer(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return Object.fromEntries(new URLSearchParams(text));
  }
}

function describe(answer: Record<string, unknown>): string {
  const error = typeof answer.error === 'string' ? answer.error : undefined;
  const detail = typeof answer.error_description === 'string' ? answer.error_description : typeof answer.message === 'string' ? answer.message : undefined;
  return [error, detail].filter(Boolean).length ? `: ${[error, detail].filter(Boolean).join(' — ')}` : '';
}

const form = (params: Record<string, string>): string => new URLSearchParams(params).toString();

/** HTTP Basic authentication with the client's id and secret, as token and revocation endpoints take it. */
function basicAuth(client: OAuthClient): string {
  return `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`;
}
