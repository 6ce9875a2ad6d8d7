import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { Review } from '../api/types.ts';
import { ReviewCard } from '../reviews/review-card.tsx';
import { usePendingReviews } from '../reviews/use-pending-reviews.ts';
import { FormError } from '../ui/form-error.tsx';
import { ThemeButton } from '../ui/theme-button.tsx';

/** The Reviews inbox: what human-review nodes of the user's runs wait for, and what was decided lately. */
export function ReviewsPage() {
  const { reviews, error, refresh } = usePendingReviews();
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
    refresh();
  };

  return (
    <main className="reviews-page">
      <header className="toolbar">
        <a className="button back" href="#/">
          ← Agents
        </a>
        <h1>Reviews</h1>
        <span className="muted">{reviews ? `${reviews.length} waiting` : ''}</span>
        <ThemeButton />
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
                {review.reason ? ` (${review.reason})` : ''} · <a href={`#/graphs/${review.graphId ?? ''}`}>{review.graphName ?? 'Agent'}</a> · node{' '}
                {review.nodeId} · {review.decidedAt !== undefined ? new Date(review.decidedAt).toLocaleString() : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
