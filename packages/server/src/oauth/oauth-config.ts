import { z } from 'zod';
import { OAUTH_PROVIDERS, type OAuthProvider } from './oauth-providers.ts';

/** A provider the operator registered Blocksmith with: the preset, the client, and any endpoint moved (GitHub Enterprise, a proxy). */
export interface OAuthClient extends OAuthProvider {
  clientId: string;
  clientSecret: string;
  /** Where the provider's API is when not at its usual address (GitHub Enterprise); connected credentials carry it as `baseUrl`. */
  apiUrl?: string;
}

const endpoint = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const clientEnv = z.object({
  CLIENT_ID: z.string().min(1).optional(),
  CLIENT_SECRET: z.string().min(1).optional(),
  AUTHORIZE_URL: endpoint.optional(),
  TOKEN_URL: endpoint.optional(),
  REVOKE_URL: endpoint.optional(),
  API_URL: endpoint.optional(),
});

/**
 * The OAuth2 clients from `BLOCKSMITH_OAUTH_<PROVIDER>_CLIENT_ID` and `…_CLIENT_SECRET` (and optional
 * `…_AUTHORIZE_URL`, `…_TOKEN_URL`, `…_REVOKE_URL`, `…_API_URL`); the problems are returned as "VARIABLE: what is wrong".
 */
export function oauthClientsFrom(env: Record<string, string>): { clients: OAuthClient[]; problems: string[] } {
  const clients: OAuthClient[] = [];
  const problems: string[] = [];
  for (const provider of OAUTH_PROVIDERS) {
    const prefix = `BLOCKSMITH_OAUTH_${provider.id.toUpperCase()}_`;
    const own = Object.fromEntries(Object.entries(env).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
    const parsed = clientEnv.safeParse(own);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${prefix}${i.path.join('.')}: ${i.message}`));
      continue;
    }
    const { CLIENT_ID: clientId, CLIENT_SECRET: clientSecret } = parsed.data;
    if (clientId === undefined && clientSecret === undefined) continue;
    if (clientId === undefined || clientSecret === undefined) {
      problems.push(
        `${prefix}${clientId === undefined ? 'CLIENT_ID' : 'CLIENT_SECRET'}: is needed with ${prefix}${clientId === undefined ? 'CLIENT_SECRET' : 'CLIENT_ID'}`,
      );
      continue;
    }
    clients.push({
      ...provider,
      clientId,
      clientSecret,
      authorizeUrl: parsed.data.AUTHORIZE_URL ?? provider.authorizeUrl,
      tokenUrl: parsed.data.TOKEN_URL ?? provider.tokenUrl,
      revokeUrl: parsed.data.REVOKE_URL ?? provider.revokeUrl,
      ...(parsed.data.API_URL ? { apiUrl: parsed.data.API_URL.replace(/\/+$/, '') } : {}),
    });
  }
  return { clients, problems };
}
