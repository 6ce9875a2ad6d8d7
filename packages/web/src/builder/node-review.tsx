import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Review } from '../api/types.ts';
import { ReviewCard } from '../reviews/review-card.tsx';
import { useBuilder } from './builder-store.ts';

/** On a node waiting in REVIEW in the run shown: its review, to decide right there (more of them wait in the inbox). */
export function NodeReview({ nodeId }: { nodeId: string }) {
  const runId = useBuilder((s) => s.run?.runId);
  const [reviews, setReviews] = useState<Review[]>([]);
  useEffect(() => {
    if (!runId) return;
    void api.reviews('pending').then((answer) => setReviews(answer.reviews.filter((r) => r.runId === runId && r.nodeId === nodeId)));
  }, [runId, nodeId]);
  const [first, ...more] = reviews;
  if (!first) return null;
  return (
    <div className="node-review">
      <ReviewCard key={first.id} review={first} showAgent={false} onDecided={() => setReviews(more)} />
      {more.length > 0 && <Link to="/reviews">{more.length} more in Reviews</Link>}
    </div>
  );
}
