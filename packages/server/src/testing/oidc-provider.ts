import { OAuth2Server } from 'oauth2-mock-server';

/**
 * A real OpenID Connect provider on loopback (oauth2-mock-server): discovery, PKCE, nonce, and ID tokens
 * signed with its own key. It signs in whoever the test says, at once (no login page).
 */
export interface TestOidcProvider {
  issuer: string;
  /** The variables that set a server's single sign-on up with this provider, and let the server reach it. */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Who the next sign-ins are: their email and groups (`verified: false` marks the email unverified). */
  signInAs(person: { email: string; groups?: string[]; verified?: boolean }): void;
  close(): Promise<void>;
}

export async function startOidcProvider(): Promise<TestOidcProvider> {
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');
  await server.start(0, '127.0.0.1');
  const issuer = server.issuer.url!;
  let person: { email: string; groups?: string[]; verified?: boolean } = { email: 'person@x.test' };
  server.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => {
    Object.assign(token.payload, { email: person.email, email_verified: person.verified ?? true, groups: person.groups ?? [] });
  });
  return {
    issuer,
    env: (extra = {}) => ({
      BLOCKSMITH_OIDC_ISSUER: issuer,
      BLOCKSMITH_OIDC_CLIENT_ID: 'blocksmith',
      BLOCKSMITH_OIDC_CLIENT_SECRET: 'test-client-secret',
      BLOCKSMITH_OIDC_NAME: 'Test SSO',
      BLOCKSMITH_ALLOW_HOSTS: new URL(issuer).host,
      ...extra,
    }),
    signInAs(next) {
      person = next;
    },
    close: () => server.stop(),
  };
}
