import { Link, useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { OAuthDoneMessage } from '../oauth/connect-account.ts';

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
    opener.postMessage(message, window.location.origin);
    window.close();
  });
  return (
    <main className="page-message">
      {error ? <p className="error">{error}</p> : <p>Connected “{message.name}”. It is in Settings → Credentials.</p>}
      {!opener && <Link to="/settings">Go to Settings</Link>}
    </main>
  );
}
