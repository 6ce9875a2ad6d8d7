import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './ui/tokens.css';
import './ui/styles.css';
import './ui/components/components.css';
import { applyTheme, loadTheme } from './ui/theme.ts';

applyTheme(loadTheme());

// The server sends this page for /apps/<slug> too: an app page, which loads only what it shows.
const AppPageRoot = lazy(() => import('./apps/app-page-root.tsx').then((m) => ({ default: m.AppPageRoot })));
const appSlug = /^\/apps\/([a-z0-9-]+)\/?$/.exec(location.pathname)?.[1];
const query = new URLSearchParams(location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {appSlug ? (
      <Suspense>
        <AppPageRoot slug={appSlug} appKey={query.get('key') ?? undefined} embedded={query.get('embed') === '1'} />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
