import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { RunSocket } from './run-socket.ts';
import { RUN_FAMILIES } from './queries.ts';

/**
 * Keeps every cached list current while the signed-in app is open: one socket watches the status of all
 * the user's runs (started here, by a schedule, a webhook, the API or another tab) and their reviews, and
 * marks the lists they change as stale; after a reconnect everything is read again, since events may have been missed.
 */
export function useLiveUpdates(client: QueryClient): void {
  useEffect(() => {
    const invalidate = (family: string) => void client.invalidateQueries({ queryKey: [family] });
    const socket = new RunSocket((message) => {
      if (message.type === 'subscribed') return void [...RUN_FAMILIES, 'reviews'].forEach(invalidate);
      if (message.type !== 'events') return;
      if (message.events.some((e) => e.type === 'graph_run.status')) RUN_FAMILIES.forEach(invalidate);
      if (message.events.some((e) => e.type === 'review.pending' || e.type === 'review.decided')) invalidate('reviews');
    });
    socket.watchRuns();
    socket.watchReviews();
    return () => socket.close();
  }, [client]);
}
