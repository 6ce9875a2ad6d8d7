import { useEffect, useState } from 'react';
import { api } from './api/client.ts';
import type { AuthState } from './api/types.ts';
import { AuthPage } from './pages/auth-page.tsx';
import { BuilderPage } from './pages/builder-page.tsx';
import { CopilotPage } from './pages/copilot-page.tsx';
import { RunsPage } from './pages/runs-page.tsx';
import { LibraryPage } from './pages/library-page.tsx';
import { OAuthDonePage } from './pages/oauth-done-page.tsx';
import { ReviewsPage } from './pages/reviews-page.tsx';
import { SettingsPage } from './pages/settings-page.tsx';
import { WorkspacePage } from './pages/workspace-page.tsx';
import { mayLeave } from './ui/leave-guard.ts';

/** The route in the URL's hash; leaving a page with unsaved work asks first, and staying puts the URL back. */
function useHashRoute(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = (event: HashChangeEvent) => {
      if (mayLeave()) setHash(location.hash);
      else history.replaceState(null, '', event.oldURL);
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, [hash]);
  return hash.replace(/^#/, '') || '/';
}

/** Signs the user in (or sets up the owner), then routes between the library, the builder, the copilot, the workspace, the Reviews inbox and settings. */
export function App() {
  const [auth, setAuth] = useState<AuthState>();
  const route = useHashRoute();
  const refresh = () => void api.authState().then(setAuth);
  useEffect(refresh, []);

  // The sign-in window of a connected account lands here whether or not this browser is signed in.
  const oauthDone = /^\/oauth-done\?(.*)$/.exec(route);
  if (oauthDone) return <OAuthDonePage query={oauthDone[1]!} />;
  if (!auth) return <p className="page-message">Loading…</p>;
  if (auth.needsSetup || !auth.user) return <AuthPage setup={auth.needsSetup} onDone={refresh} />;
  if (route === '/settings') return <SettingsPage />;
  if (route === '/reviews') return <ReviewsPage />;
  if (route === '/workspace') return <WorkspacePage />;
  if (route === '/runs') return <RunsPage />;
  const copilot = /^\/copilot(?:\/([^/]+))?$/.exec(route);
  if (copilot) return <CopilotPage sessionId={copilot[1]} />;
  const graph = /^\/graphs\/([^/]+)(?:\/runs\/([^/]+))?$/.exec(route);
  if (graph) return <BuilderPage key={graph[1]} graphId={graph[1] === 'new' ? undefined : graph[1]} runId={graph[2]} />;
  return <LibraryPage onLogout={() => void api.logout().then(refresh)} />;
}
