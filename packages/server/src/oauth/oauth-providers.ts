/** How a provider wants its token revoked when a person deletes the credential. */
export type RevokeStyle =
  /** RFC 7009: POST form `token=…` (Google). */
  | 'rfc7009'
  /** GitHub: DELETE /applications/{client_id}/token with Basic client auth and { access_token }. */
  | 'github'
  /** Notion: POST JSON { token } with Basic client auth. */
  | 'notion'
  /** Slack: auth.revoke with the token as Bearer; answers { ok }. */
  | 'slack'
  /**
   * Microsoft: no endpoint revokes one grant (Graph's revokeSignInSessions would sign the person out
   * everywhere); deleting the credential forgets the tokens here, and the person removes the app's consent
   * at myapps.microsoft.com.
   */
  | 'none';

/** What Blocksmith knows of a provider's OAuth2 endpoints; the operator brings the client id and secret. */
export interface OAuthProvider {
  id: string;
  title: string;
  authorizeUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  revokeStyle: RevokeStyle;
  /** Asked for when the person does not choose: what the blocks of this provider need. */
  scopes: string[];
  scopeSeparator: ' ' | ',';
  /** Extra query parameters of the authorize URL (Google needs them to hand out a refresh token). */
  authorizeParams?: Record<string, string>;
  /** How the client authenticates at the token endpoint, and in what the request body is written. */
  tokenRequest: { clientAuth: 'basic' | 'body'; body: 'form' | 'json' };
}

/** The presets; their credential kind is `oauth2:<id>`. */
export const OAUTH_PROVIDERS: readonly OAuthProvider[] = [
  {
    id: 'github',
    title: 'GitHub',
    authorizeUrl: 'https://github.com/login/oauth/authorize',
    tokenUrl: 'https://github.com/login/oauth/access_token',
    revokeUrl: 'https://api.github.com/applications/{client_id}/token',
    revokeStyle: 'github',
    scopes: ['repo', 'read:user'],
    scopeSeparator: ' ',
    tokenRequest: { clientAuth: 'body', body: 'form' },
  },
  {
    id: 'google',
    title: 'Google',
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    revokeUrl: 'https://oauth2.googleapis.com/revoke',
    revokeStyle: 'rfc7009',
    scopes: [
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/drive.readonly',
      'https://www.googleapis.com/auth/gmail.modify',
      'https://www.googleapis.com/auth/calendar.events',
      'https://www.googleapis.com/auth/documents',
    ],
    scopeSeparator: ' ',
    authorizeParams: { access_type: 'offline', prompt: 'consent' },
    tokenRequest: { clientAuth: 'body', body: 'form' },
  },
  {
    id: 'microsoft',
    title: 'Microsoft 365',
    // "common" takes work, school and personal accounts; one organisation's tenant goes in _AUTHORIZE_URL and _TOKEN_URL.
    authorizeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    revokeUrl: '',
    revokeStyle: 'none',
    scopes: [
      'offline_access',
      'User.Read',
      'Mail.ReadWrite',
      'Mail.Send',
      'Calendars.ReadWrite',
      'Files.ReadWrite',
      'ChannelMessage.Send',
      'Channel.ReadBasic.All',
      'Team.ReadBasic.All',
    ],
    scopeSeparator: ' ',
    tokenRequest: { clientAuth: 'body', body: 'form' },
  },
  {
    id: 'notion',
    title: 'Notion',
    authorizeUrl: 'https://api.notion.com/v1/oauth/authorize',
    tokenUrl: 'https://api.notion.com/v1/oauth/token',
    revokeUrl: 'https://api.notion.com/v1/oauth/revoke',
    revokeStyle: 'notion',
    scopes: [],
    scopeSeparator: ' ',
    authorizeParams: { owner: 'user' },
    tokenRequest: { clientAuth: 'basic', body: 'json' },
  },
  {
    id: 'slack',
    title: 'Slack',
    authorizeUrl: 'https://slack.com/oauth/v2/authorize',
    tokenUrl: 'https://slack.com/api/oauth.v2.access',
    revokeUrl: 'https://slack.com/api/auth.revoke',
    revokeStyle: 'slack',
    scopes: ['chat:write', 'channels:history', 'channels:read'],
    scopeSeparator: ',',
    tokenRequest: { clientAuth: 'body', body: 'form' },
  },
];

export const OAUTH_KIND_PREFIX = 'oauth2:';

export const oauthKind = (providerId: string): string => `${OAUTH_KIND_PREFIX}${providerId}`;

/** The provider id of an `oauth2:<id>` credential kind; undefined for other kinds. */
export function providerOfKind(kind: string): string | undefined {
  return kind.startsWith(OAUTH_KIND_PREFIX) ? kind.slice(OAUTH_KIND_PREFIX.length) : undefined;
}
