import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../api/queries.ts';
import { AppPage } from './app-page.tsx';

/** The whole web app at an app page's address: that app and nothing else (no router, no shell). */
export function AppPageRoot({ slug, appKey }: { slug: string; appKey: string | undefined }) {
  return (
    <QueryClientProvider client={queryClient}>
      <AppPage slug={slug} appKey={appKey} />
    </QueryClientProvider>
  );
}
