import type { ReviewDecision, ReviewRequest } from '@blocksmith/sdk';

/** A review as a node run opens it: what to ask, of whom, and the key that finds it again after a restart. */
export interface ReviewOpening extends ReviewRequest {
  runId: string;
  nodeRunId: string;
  nodeId: string;
  workspaceId: string | undefined;
  /** Who the run acts for. */
  userId: string | undefined;
  /** The same for the same ask of the same run however often it is resumed (node, inputs, occurrence). */
  key: string;
}

/** A review the desk holds: its id, its deadline, and its decision once there is one. */
export interface OpenedReview {
  id: string;
  expiresAt?: number;
  decision?: ReviewDecision;
}

/**
 * Where reviews wait for people. Reviews outlive the process that opened
 * them, so a desk keeps them somewhere durable and finds them by key.
 */
export interface ReviewDesk {
  /** Records the review, or finds the one recorded under the same key. */
  open(opening: ReviewOpening): Promise<OpenedReview>;
  /** Resolves with the decision once there is one; rejects with the signal's reason when it aborts first. */
  decided(reviewId: string, signal: AbortSignal): Promise<ReviewDecision>;
  /** Rejects a review whose time ran out, unless someone decided it first; resolves with the decision that stands. */
  expire(reviewId: string): Promise<ReviewDecision>;
}

/** The desk of an engine that has nowhere to keep reviews (the CLI): asking for one fails with a clear message. */
export const noReviewDesk: ReviewDesk = {
  open: () => Promise.reject(new Error('Reviews need a place where people can decide them: run this graph on the Blocksmith server.')),
  decided: () => Promise.reject(new Error('There is no review desk.')),
  expire: () => Promise.reject(new Error('There is no review desk.')),
};

interface HeldReview {
  id: string;
  opening: ReviewOpening;
  expiresAt?: number;
  decision?: ReviewDecision;
  waiters: Set<(decision: ReviewDecision) => void>;
}

/** Keeps reviews in memory, for one process's lifetime (tests, block examples); `decide` is the person. */
export class InMemoryReviewDesk implements ReviewDesk {
  private readonly byKey = new Map<string, HeldReview>();
  private readonly byId = new Map<string, HeldReview>();

  constructor(
    private readonly now: () => number = Date.now,
    /** Called for each review opened; an example's person decides here at once. */
    private readonly onOpen: (reviewId: string, opening: ReviewOpening) => void = () => undefined,
  ) {}

  async open(opening: ReviewOpening): Promise<OpenedReview> {
    const key = `${opening.runId}\u0000${opening.key}`;
    let held = this.byKey.get(key);
    if (!held) {
      held = {
        id: `review-${this.byId.size + 1}`,
        opening,
        ...(opening.timeoutMs !== undefined ? { expiresAt: this.now() + opening.timeoutMs } : {}),
        waiters: new Set(),
      };
      this.byKey.set(key, held);
      this.byId.set(held.id, held);
      this.onOpen(held.id, opening);
    }
    return { id: held.id, ...(held.expiresAt !== undefined ? { expiresAt: held.expiresAt } : {}), ...(held.decision ? { decision: held.decision } : {}) };
  }

  decided(reviewId: string, signal: AbortSignal): Promise<ReviewDecision> {
    const held = this.held(reviewId);
    if (held.decision) return Promise.resolve(held.decision);
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        held.waiters.delete(resolve);
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      held.waiters.add((decision) => {
        signal.removeEventListener('abort', onAbort);
        resolve(decision);
      });
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  async expire(reviewId: string): Promise<ReviewDecision> {
    const held = this.held(reviewId);
    return this.decide(reviewId, { decision: 'reject', data: held.opening.data, reason: 'timeout' }) ?? held.decision!;
  }

  /** Decides a review; undefined when it was decided already (the first decision stands). */
  decide(reviewId: string, decision: ReviewDecision): ReviewDecision | undefined {
    const held = this.held(reviewId);
    if (held.decision) return undefined;
    held.decision = decision;
    for (const waiter of held.waiters) waiter(decision);
    held.waiters.clear();
    return decision;
  }

  /** Reviews still waiting for a decision, oldest first. */
  pending(): { id: string; opening: ReviewOpening }[] {
    return [...this.byId.values()].filter((held) => !held.decision).map(({ id, opening }) => ({ id, opening }));
  }

  private held(reviewId: string): HeldReview {
    const held = this.byId.get(reviewId);
    if (!held) throw new Error(`There is no review ${reviewId}.`);
    return held;
  }
}
