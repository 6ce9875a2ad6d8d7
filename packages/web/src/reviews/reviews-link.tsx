import { usePendingReviews } from './use-pending-reviews.ts';

/** The navigation's way to the Reviews inbox, with how many reviews wait. */
export function ReviewsLink() {
  const count = usePendingReviews().reviews?.length ?? 0;
  return (
    <a className="button" href="#/reviews" data-testid="reviews-link">
      Reviews
      {count > 0 && (
        <span className="count-badge" aria-label={`${count} waiting`}>
          {count}
        </span>
      )}
    </a>
  );
}
