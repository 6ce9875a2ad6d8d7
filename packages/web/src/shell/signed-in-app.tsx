import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { queries } from '../api/queries.ts';
import { useLiveUpdates } from '../api/use-live-updates.ts';
import { AuthPage } from '../pages/auth-page.tsx';
import { mayLeave } from '../ui/leave-guard.ts';
import { AppShell } from './app-shell.tsx';

/** Signs the user in (or sets up the owner), then shows the app shell with lists kept live. */
export function SignedInApp() {
  const client = useQueryClient();
  const auth = useQuery(queries.auth());
  if (!auth.data) return <p className="page-message">{auth.error ? `The server cannot be reached: ${auth.error.message}` : 'Loading…'}</p>;
  if (auth.data.needsSetup || !auth.data.user)
    return <AuthPage state={auth.data} invitation={invitationInAddress()} onDone={() => void client.invalidateQueries({ queryKey: ['auth'] })} />;
  return <LiveShell />;
}

/** The token of an invitation link being opened (`#/invitations/<token>`), which a new account may join with. */
function invitationInAddress(): string | undefined {
  return /^#\/invitations\/([^/?]+)/.exec(window.location.hash)?.[1];
}

function LiveShell() {
  useLiveUpdates(useQueryClient());
  // Leaving a page with unsaved work asks first (the tab's own close and reload are asked by leave-guard).
  useBlocker({ shouldBlockFn: () => !mayLeave(), enableBeforeUnload: false });
  return <AppShell />;
}
