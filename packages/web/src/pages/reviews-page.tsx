import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { Review } from '../api/types.ts';
import { AgentLink, ReviewCard } from '../reviews/review-card.tsx';
import { queries } from '../api/queries.ts';
import { FormError } from '../ui/form-error.tsx';

/** The Reviews inbox: what human-review nodes of the user's runs wait for, and what was decided lately. */
export function ReviewsPage() {
  const client = useQueryClient();
  const pending = useQuery(queries.pendingReviews());
  const reviews = pending.data?.reviews;
  const error = pending.error ? errorMessage(pending.error) : undefined;
  const [decided, setDecided] = useState<Review[]>([]);
  const [decidedError, setDecidedError] = useState<string>();
  useEffect(() => {
    api.reviews('decided').then(
      (answer) => setDecided(answer.reviews),
      (e: unknown) => setDecidedError(errorMessage(e)),
    );
  }, []);
  const onDecided = (review: Review) => {
    setDecided((list) => [review, ...list.filter((r) => r.id !== review.id)]);
    void client.invalidateQueries({ queryKey: ['reviews'] });
  };

  return (
    <main className="reviews-page">
      <header className="page-header">
        <h1>Reviews</h1>
        <span className="muted">{reviews ? `${reviews.length} waiting` : ''}</span>
      </header>
      <FormError message={error} />
      {!reviews ? (
        <p className="page-message">Loading…</p>
      ) : reviews.length === 0 ? (
        <p className="muted page-message">Nothing waits for you. When a run reaches a Human review block, it shows up here.</p>
      ) : (
        <div className="review-list">
          {reviews.map((review) => (
            <ReviewCard key={review.id} review={review} onDecided={onDecided} />
          ))}
        </div>
      )}
      <section className="decided-reviews">
        <h2>Decided</h2>
        <FormError message={decidedError} />
        {decided.length === 0 ? (
          <p className="muted">No decisions yet.</p>
        ) : (
          <ul>
            {decided.map((review) => (
              <li key={review.id} data-testid={`decided-${review.id}`}>
                <span className={`dot status-${review.status === 'approved' ? 'completed' : 'failed'}`} /> {review.status}
                {review.reason ? ` (${review.reason})` : ''} · <AgentLink review={review} /> · node {review.nodeId} ·{' '}
                {review.decidedAt !== undefined ? new Date(review.decidedAt).toLocaleString() : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
