/** An OAuth2 provider as GET /api/oauth/providers shows it (and the web app reads it). */
export interface OAuthProviderInfo {
  id: string;
  /** The credential kind a connection of this provider has, e.g. `oauth2:github`. */
  kind: string;
  title: string;
  /** Whether the operator registered a client, i.e. whether "Connect" works. */
  configured: boolean;
  scopes: string[];
}
