import { createHashHistory, createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, type RouteComponent } from '@tanstack/react-router';
import { HomePage } from './pages/home-page.tsx';
import { LibraryPage } from './pages/library-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { OAuthDonePage } from './pages/oauth-done-page.tsx';
import { SignedInApp } from './shell/signed-in-app.tsx';

/**
 * Every page of the app and its address. Addresses live after the `#`, so the server serves one page for
 * all of them and links from before this router (`/#/graphs/…`) keep working.
 */
const root = createRootRoute({ component: Outlet, notFoundComponent: NotFoundPage });

// The sign-in window of a connected account lands here whether or not this browser is signed in.
const oauthDone = createRoute({ getParentRoute: () => root, path: '/oauth-done', component: OAuthDonePage });

// A run's share link works for anyone: it shows that run and nothing else of the platform.
const SharedRunPage = lazyRouteComponent(() => import('./pages/shared-run-page.tsx'), 'SharedRunPage');
const sharedRun = createRoute({ getParentRoute: () => root, path: '/shared/$token', component: SharedRunPage });

/** Everything else needs a signed-in user and sits in the app shell. */
const app = createRoute({ getParentRoute: () => root, id: 'app', component: SignedInApp });

const page = <Path extends string>(path: Path, component: RouteComponent) => createRoute({ getParentRoute: () => app, path, component });

// Pages other than the first ones load when first opened, so the first page's script stays small (the editor alone is most of the app).
const BuilderRoute = lazyRouteComponent(() => import('./builder/builder-route.tsx'), 'BuilderRoute');
const CopilotPage = lazyRouteComponent(() => import('./pages/copilot-page.tsx'), 'CopilotPage');
const ReviewsPage = lazyRouteComponent(() => import('./pages/reviews-page.tsx'), 'ReviewsPage');
const RunsPage = lazyRouteComponent(() => import('./pages/runs-page.tsx'), 'RunsPage');
const SettingsPage = lazyRouteComponent(() => import('./pages/settings-page.tsx'), 'SettingsPage');
const FilesPage = lazyRouteComponent(() => import('./pages/files-page.tsx'), 'FilesPage');
const InvitationPage = lazyRouteComponent(() => import('./pages/invitation-page.tsx'), 'InvitationPage');
const ShipPage = lazyRouteComponent(() => import('./ship/ship-page.tsx'), 'ShipPage');
const EvaluationPage = lazyRouteComponent(() => import('./ship/evaluation-page.tsx'), 'EvaluationPage');
const ComparePage = lazyRouteComponent(() => import('./ship/compare-page.tsx'), 'ComparePage');
const DatasetsPage = lazyRouteComponent(() => import('./datasets/datasets-page.tsx'), 'DatasetsPage');
const DatasetPage = lazyRouteComponent(() => import('./datasets/dataset-page.tsx'), 'DatasetPage');
const TablesPage = lazyRouteComponent(() => import('./tables/tables-page.tsx'), 'TablesPage');
const TablePage = lazyRouteComponent(() => import('./tables/table-page.tsx'), 'TablePage');
const KnowledgePage = lazyRouteComponent(() => import('./knowledge/knowledge-page.tsx'), 'KnowledgePage');
const KnowledgeBasePage = lazyRouteComponent(() => import('./knowledge/knowledge-base-page.tsx'), 'KnowledgeBasePage');

const routeTree = root.addChildren([
  oauthDone,
  sharedRun,
  app.addChildren([
    page('/', HomePage),
    page('/agents', LibraryPage),
    page('/graphs/$graphId', BuilderRoute),
    page('/graphs/$graphId/runs/$runId', BuilderRoute),
    page('/graphs/$graphId/ship', ShipPage),
    page('/datasets', DatasetsPage),
    page('/datasets/$datasetId', DatasetPage),
    page('/tables', TablesPage),
    page('/tables/$tableId', TablePage),
    page('/knowledge', KnowledgePage),
    page('/knowledge/$baseId', KnowledgeBasePage),
    page('/evaluations/$evaluationId', EvaluationPage),
    page('/evaluations/$evaluationId/compare/$baseId', ComparePage),
    page('/runs', RunsPage),
    page('/copilot', CopilotPage),
    page('/copilot/$sessionId', CopilotPage),
    page('/files', FilesPage),
    // The address the Files page had before workspaces meant teams.
    page('/workspace', FilesPage),
    page('/reviews', ReviewsPage),
    page('/settings', SettingsPage),
    page('/invitations/$token', InvitationPage),
  ]),
]);

export const router = createRouter({ routeTree, history: createHashHistory() });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
