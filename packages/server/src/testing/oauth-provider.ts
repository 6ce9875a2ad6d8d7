import { OAuth2Server } from 'oauth2-mock-server';

/** A real OAuth2 authorization server on loopback (oauth2-mock-server), with what it was asked, for tests of connecting accounts. */
export interface TestOAuthProvider {
  url: string;
  /** The variables that register a server's `providerId` client with this provider. */
  env(providerId: string): Record<string, string>;
  /** Each token request's grant_type, in order. */
  grants: string[];
  /** Each revoked token, as it arrives (the provider answers before it has read the whole request). */
  revoked: Promise<string>[];
  /** Lifetime (seconds) of the tokens it hands out from now on. */
  expiresIn(seconds: number): void;
  /** The next token request is refused with this OAuth error. */
  refuseNext(error: string): void;
  close(): Promise<void>;
}

export async function startOAuthProvider(): Promise<TestOAuthProvider> {
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');
  await server.start(0, '127.0.0.1');
  const url = server.issuer.url!.replace(/\/$/, '');
  const grants: string[] = [];
  const revoked: Promise<string>[] = [];
  let lifetime = 3600;
  let refusal: string | undefined;
  server.service.on('beforeResponse', (response: { body: Record<string, unknown>; statusCode: number }, req: { body: Record<string, string> }) => {
    grants.push(req.body.grant_type ?? '');
    response.body.expires_in = lifetime;
    if (refusal !== undefined) {
      response.statusCode = 400;
      response.body = { error: refusal, error_description: 'The grant is no longer valid.' };
      refusal = undefined;
    }
  });
  // The mock reads JSON bodies only; RFC 7009 revocation is a form, read here.
  server.service.on('beforeRevoke', (_response: unknown, req: NodeJS.ReadableStream) => {
    revoked.push(
      new Promise((resolve) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk: string) => (body += chunk));
        req.on('end', () => resolve(new URLSearchParams(body).get('token') ?? ''));
      }),
    );
  });
  return {
    url,
    env: (providerId) => {
      const prefix = `BLOCKSMITH_OAUTH_${providerId.toUpperCase()}_`;
      return {
        [`${prefix}CLIENT_ID`]: 'blocksmith-test-client',
        [`${prefix}CLIENT_SECRET`]: 'blocksmith-test-secret',
        [`${prefix}AUTHORIZE_URL`]: `${url}/authorize`,
        [`${prefix}TOKEN_URL`]: `${url}/token`,
        [`${prefix}REVOKE_URL`]: `${url}/revoke`,
        // Token and revocation calls follow the address policy like every outbound call.
        BLOCKSMITH_ALLOW_HOSTS: new URL(url).host,
      };
    },
    grants,
    revoked,
    expiresIn: (seconds) => void (lifetime = seconds),
    refuseNext: (error) => void (refusal = error),
    close: () => server.stop(),
  };
}
