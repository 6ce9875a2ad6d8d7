import { api } from '../api/client.ts';

/** What the window that came back from the provider tells the one that pressed Connect. */
export interface OAuthDoneMessage {
  type: 'blocksmith.oauth';
  credentialId?: string;
  name?: string;
  error?: string;
}

export const isOAuthDone = (data: unknown): data is OAuthDoneMessage => (data as OAuthDoneMessage | null)?.type === 'blocksmith.oauth';

/** The answer to the sign-in window: its message arrived, it may close. Until then it stays open, so "closed" means a person closed it. */
export const OAUTH_RECEIVED = { type: 'blocksmith.oauth.received' } as const;
export const isOAuthReceived = (data: unknown): boolean => (data as { type?: unknown } | null)?.type === OAUTH_RECEIVED.type;

/**
 * Connects an account in a popup: the popup opens at once (inside the click, so no blocker stops it), goes
 * to the provider, and the web app's /oauth-done page in it answers with the new credential and closes.
 */
export function connectAccount(provider: string): Promise<{ credentialId: string; name: string }> {
  const popup = window.open('about:blank', 'blocksmith-oauth', 'popup,width=620,height=720');
  if (!popup) return Promise.reject(new Error('The browser blocked the sign-in window; allow pop-ups for this site and press Connect again.'));
  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void) => {
      window.removeEventListener('message', onMessage);
      clearInterval(closedCheck);
      outcome();
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || !isOAuthDone(event.data)) return;
      const { credentialId, name, error } = event.data;
      (event.source as Window | null)?.postMessage(OAUTH_RECEIVED, window.location.origin);
      finish(() => (credentialId ? resolve({ credentialId, name: name ?? '' }) : reject(new Error(error ?? 'The connection did not finish.'))));
    };
    window.addEventListener('message', onMessage);
    // A person who closes the window gives no answer; stop waiting then.
    const closedCheck = setInterval(
      () => popup.closed && finish(() => reject(new Error('The sign-in window was closed before the connection finished.'))),
      500,
    );
    api.startOAuth(provider).then(
      ({ authorizeUrl }) => void (popup.location.href = authorizeUrl),
      (error: unknown) => finish(() => (popup.close(), reject(error instanceof Error ? error : new Error(String(error))))),
    );
  });
}
