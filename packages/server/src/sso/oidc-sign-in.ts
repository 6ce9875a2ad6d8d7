import { outboundFetch, type OutboundPolicy } from '@blocksmith/blocks';
import { WORKSPACE_ROLES, type Store, type WorkspaceRole } from '@blocksmith/store';
import * as oidc from 'openid-client';
import { hashPassword } from '../auth/passwords.ts';
import { newToken } from '../auth/tokens.ts';
import { Refusal } from '../platform/refusal.ts';
import type { SsoConfig } from './sso-config.ts';

/** What the browser keeps between leaving for the provider and coming back, sealed (only this server reads it). */
interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
  at: number;
}

/** How long a person may take at the provider. */
const PENDING_MS = 10 * 60_000;

const rank = (role: WorkspaceRole): number => WORKSPACE_ROLES.length - WORKSPACE_ROLES.indexOf(role);

/**
 * Sign-in through one OpenID Connect provider: authorization code with PKCE, state and nonce; the ID
 * token's `email` names the account (made on first sign-in), and its `groups` give workspaces and roles.
 * The provider is reached under the outbound policy, like every other call the server makes.
 */
export class OidcSignIn {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly sso: SsoConfig,
    private readonly store: Store,
    private readonly network: OutboundPolicy,
    private readonly seal: { seal(text: string): string; unseal(sealed: string): string },
    private readonly now: () => number = Date.now,
  ) {}

  /** Where to send the browser, and the sealed pending sign-in for it to keep (a cookie). */
  async start(redirectUri: string): Promise<{ url: string; pending: string }> {
    const config = await this.discovered();
    const pending: Pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), redirectUri, at: this.now() };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile groups',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending: this.seal.seal(JSON.stringify(pending)) };
  }

  /** The account the provider vouched for, made and given its workspaces when needed; a Refusal that says why not. */
  async finish(callback: URL, sealed: string | undefined): Promise<string> {
    const pending = this.pendingOf(sealed);
    const config = await this.discovered();
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      throw new Refusal('upstream', 'sso_refused', `${this.sso.name} did not sign you in: ${(error as Error).message}`);
    }
    const email = typeof claims?.email === 'string' ? claims.email : undefined;
    if (!email)
      throw new Refusal(
        'upstream',
        'sso_no_email',
        `${this.sso.name} sent no email for this account: ask its administrator to release the email claim to Blocksmith.`,
      );
    if (claims?.email_verified === false) throw new Refusal('upstream', 'sso_email_unverified', `${this.sso.name} says ${email} is not verified yet.`);
    const user =
      (await this.store.users.findByEmail(email)) ??
      // A password no one knows: this account signs in through the provider.
      (await this.store.users.create({ email, passwordHash: await hashPassword(newToken('sso_')), isOwner: false }));
    await this.grant(user.id, Array.isArray(claims?.groups) ? claims.groups.filter((g): g is string => typeof g === 'string') : []);
    return user.id;
  }

  /** Makes the person a member of each workspace their groups (and the default) give, raising a lower role, never lowering one. */
  private async grant(userId: string, groups: string[]): Promise<void> {
    const grants = groups.flatMap((group) => this.sso.groups[group] ?? []);
    if (this.sso.workspace !== undefined) grants.push({ workspace: this.sso.workspace, role: this.sso.defaultRole });
    for (const { workspace, role } of grants) {
      const found = await this.store.workspaces.get(workspace);
      if (!found || found.personal) continue;
      const current = await this.store.workspaces.roleOf(workspace, userId);
      if (!current || rank(role) > rank(current)) await this.store.workspaces.addMember(workspace, userId, role);
    }
  }

  private pendingOf(sealed: string | undefined): Pending {
    let pending: Pending | undefined;
    try {
      pending = sealed ? (JSON.parse(this.seal.unseal(sealed)) as Pending) : undefined;
    } catch {
      pending = undefined;
    }
    if (!pending || this.now() - pending.at > PENDING_MS) {
      throw new Refusal('invalid', 'sso_expired', 'This sign-in was not started here, or took too long: start it again.');
    }
    return pending;
  }

  /** The provider's metadata, read once (again after a failure). */
  private discovered(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(new URL(this.sso.issuer), this.sso.clientId, this.sso.clientSecret, undefined, {
        [oidc.customFetch]: outboundFetch(this.network) as oidc.CustomFetch,
        ...(this.sso.issuer.startsWith('http:') ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new Refusal('upstream', 'sso_unreachable', `${this.sso.name} could not be reached at ${this.sso.issuer}: ${(error as Error).message}`);
      });
    return this.configuration;
  }
}
