import { hasEnded, type ReviewDecidedEvent } from '@blocksmith/engine';
import type { Owner, Review, Store } from '@blocksmith/store';
import { notFound, Refusal } from '../platform/refusal.ts';

export interface DecisionRequest {
  decision: 'approve' | 'reject';
  /** The edited data to approve; only for an editable review. */
  data?: unknown;
  reason?: string | undefined;
}

/** How the API reads and decides reviews; a decision is recorded, then the waiting run is told (`notify`). */
export class ReviewService {
  constructor(
    private readonly store: Store,
    /** Wakes the node run waiting on a decided review, in this process or (scale-out) on whichever worker runs it, and tells the workspace's sockets. */
    private readonly notify: (review: Review, workspaceId: string) => Promise<void>,
  ) {}

  /** `startedBy`: only the reviews of the runs acting for this member (what a runner sees). */
  list(workspaceId: string, status: 'pending' | 'decided', limit: number, startedBy?: string): Promise<Review[]> {
    return this.store.reviews.list(workspaceId, status, limit, startedBy);
  }

  async get(workspaceId: string, id: string): Promise<Review> {
    const review = await this.store.reviews.get(workspaceId, id);
    if (!review) throw notFound(`Review ${id}`);
    return review;
  }

  /** The first decision stands: a second one, or one on a review whose run has ended, is a conflict. */
  async decide(owner: Owner, id: string, request: DecisionRequest): Promise<Review> {
    const review = await this.get(owner.workspaceId, id);
    if (review.status !== 'pending') {
      throw new Refusal(
        'conflict',
        'already_decided',
        `This review was already ${review.status}${review.reason === 'timeout' ? ' (it timed out)' : ''}; a decision cannot change.`,
      );
    }
    if (review.runStatus && hasEnded(review.runStatus)) {
      throw new Refusal('conflict', 'run_ended', `The run of this review has ended (${review.runStatus}); there is nothing left to decide.`);
    }
    if (request.data !== undefined && request.decision === 'reject') {
      throw new Refusal('invalid', 'invalid_body', 'body.data: only an approval carries edited data; a rejection passes the data on as it was.');
    }
    if (request.data !== undefined && !review.editable) {
      throw new Refusal('invalid', 'not_editable', 'body.data: this review is not editable; approve it without data, or make the node editable.');
    }
    const decided =
      request.decision === 'approve'
        ? { status: 'approved' as const, data: request.data !== undefined ? request.data : review.data }
        : { status: 'rejected' as const, data: review.data, reason: request.reason?.trim() || 'Rejected by the reviewer.' };
    if (!(await this.store.reviews.decide(id, decided, Date.now()))) {
      throw new Refusal('conflict', 'already_decided', 'This review was decided a moment ago by someone else (or timed out); a decision cannot change.');
    }
    const recorded = await this.get(owner.workspaceId, id);
    await this.notify(recorded, owner.workspaceId);
    return recorded;
  }
}

/** The event that tells the workspace's Reviews inboxes a review was decided. */
export function reviewDecided(review: Review, workspaceId: string): ReviewDecidedEvent {
  return {
    type: 'review.decided',
    runId: review.runId,
    ...(review.graphId !== undefined ? { graphId: review.graphId } : {}),
    at: review.decidedAt ?? Date.now(),
    reviewId: review.id,
    workspaceId,
    decision: review.status === 'approved' ? 'approve' : 'reject',
  };
}
