import type { OpenedReview, ReviewDesk, ReviewOpening } from '@blocksmith/engine';
import type { ReviewDecision } from '@blocksmith/sdk';
import type { Review, ReviewsRepository } from '@blocksmith/store';

/**
 * How often a waiting review reads its row even without a wake-up: a decision
 * made on another server reaches this one over Redis, and a message lost in a
 * reconnect must not leave a run waiting for ever.
 */
const RECHECK_MS = 30_000;

/** A review's decision as the block gets it; undefined while pending. */
export function decisionOf(review: Review): ReviewDecision | undefined {
  if (review.status === 'pending') return undefined;
  return {
    decision: review.status === 'approved' ? 'approve' : 'reject',
    data: review.decidedData,
    ...(review.reason !== undefined ? { reason: review.reason } : {}),
  };
}

/**
 * Reviews kept in the database, so a wait outlives the process. A node run
 * waiting here is woken by `wake` — called in this process when a decision is
 * recorded here, or by a message from the server that recorded it.
 */
export class StoredReviewDesk implements ReviewDesk {
  private readonly waiters = new Map<string, Set<() => void>>();

  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly now: () => number = Date.now,
  ) {}

  async open(opening: ReviewOpening): Promise<OpenedReview> {
    const review = await this.reviews.open(opening, this.now());
    const decision = decisionOf(review);
    return { id: review.id, ...(review.expiresAt !== undefined ? { expiresAt: review.expiresAt } : {}), ...(decision ? { decision } : {}) };
  }

  decided(reviewId: string, signal: AbortSignal): Promise<ReviewDecision> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        this.read(reviewId).then(
          (decision) => decision && finish(() => resolve(decision)),
          (error: unknown) => finish(() => reject(error)),
        );
      };
      const timer = setInterval(check, RECHECK_MS);
      timer.unref();
      const finish = (settle: () => void): void => {
        clearInterval(timer);
        signal.removeEventListener('abort', onAbort);
        const waiting = this.waiters.get(reviewId);
        waiting?.delete(check);
        if (waiting?.size === 0) this.waiters.delete(reviewId);
        settle();
      };
      const onAbort = (): void => finish(() => reject(signal.reason));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      let waiting = this.waiters.get(reviewId);
      if (!waiting) this.waiters.set(reviewId, (waiting = new Set()));
      waiting.add(check);
      check();
    });
  }

  async expire(reviewId: string): Promise<ReviewDecision> {
    const review = await this.reviews.byId(reviewId);
    if (!review) throw new Error(`Review ${reviewId} is gone.`);
    await this.reviews.decide(reviewId, { status: 'rejected', data: review.data, reason: 'timeout' }, this.now());
    const decision = await this.read(reviewId);
    if (!decision) throw new Error(`Review ${reviewId} could not be decided.`);
    return decision;
  }

  /** A review was decided: node runs here waiting on it read the decision. */
  wake(reviewId: string): void {
    for (const check of this.waiters.get(reviewId) ?? []) check();
  }

  private async read(reviewId: string): Promise<ReviewDecision | undefined> {
    const review = await this.reviews.byId(reviewId);
    if (!review) throw new Error(`Review ${reviewId} is gone.`);
    return decisionOf(review);
  }
}
