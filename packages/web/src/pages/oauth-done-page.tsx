import { Link, useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isOAuthReceived, type OAuthDoneMessage } from '../oauth/connect-account.ts';

/** Where the server sends the sign-in window back to: it tells the window that pressed Connect, and closes. */
export function OAuthDonePage() {
  const params = new URLSearchParams(useLocation().searchStr);
  const error = params.get('error') ?? undefined;
  const message: OAuthDoneMessage = {
    type: 'blocksmith.oauth',
    ...(params.get('credential') ? { credentialId: params.get('credential')!, name: params.get('name') ?? '' } : {}),
    ...(error ? { error } : {}),
  };
  const opener = window.opener as Window | null;
  useEffect(() => {
    if (!opener) return;
    // Closed once the window that pressed Connect has the message: closing first could look like a person giving up.
    const onReceived = (event: MessageEvent) => event.origin === window.location.origin && isOAuthReceived(event.data) && window.close();
    window.addEventListener('message', onReceived);
    opener.postMessage(message, window.location.origin);
    return () => window.removeEventListener('message', onReceived);
  });
  return (
    <main className="page-message">
      {error ? <p className="error">{error}</p> : <p>Connected “{message.name}”. It is in Settings → Credentials.</p>}
      {!opener && <Link to="/settings">Go to Settings</Link>}
    </main>
  );
}
