import { QueryClientProvider } from '@tanstack/react-query';
import { sendAppVisitor } from '../api/client.ts';
import { queryClient } from '../api/queries.ts';
import { AppPage } from './app-page.tsx';
import { embeddedVisitorSecret } from './embedded-visitor.ts';

/**
 * The whole web app at an app page's address: that app and nothing else (no router, no shell). `embedded`: the
 * page is in another site's frame (the widget, `?embed=1`), compact, naming its visitor itself.
 */
export function AppPageRoot({ slug, appKey, embedded }: { slug: string; appKey: string | undefined; embedded: boolean }) {
  if (embedded) sendAppVisitor(embeddedVisitorSecret());
  return (
    <QueryClientProvider client={queryClient}>
      <AppPage slug={slug} appKey={appKey} embedded={embedded} />
    </QueryClientProvider>
  );
}
