import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { RunSocket } from '../api/run-socket.ts';
import type { Review } from '../api/types.ts';

/** Reads again now and then, in case an event was missed while the socket reconnected. */
const REFRESH_MS = 15_000;

/** The reviews waiting for the signed-in user, kept current: read again on every `review.pending` or `review.decided` and after a reconnect. */
export function usePendingReviews(): { reviews: Review[] | undefined; error: string | undefined; refresh(): void } {
  const [reviews, setReviews] = useState<Review[]>();
  const [error, setError] = useState<string>();
  const refresh = useCallback(() => {
    api.reviews('pending').then(
      (answer) => (setReviews(answer.reviews), setError(undefined)),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(() => {
    refresh();
    const socket = new RunSocket((message) => {
      if (
        message.type === 'subscribed' ||
        (message.type === 'events' && message.events.some((e) => e.type === 'review.pending' || e.type === 'review.decided'))
      )
        refresh();
    });
    socket.watchReviews();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      socket.close();
      clearInterval(timer);
    };
  }, [refresh]);
  return { reviews, error, refresh };
}
