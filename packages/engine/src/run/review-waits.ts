import type { ReviewDecision } from '@blocksmith/sdk';
import { createHash } from 'node:crypto';
import type { Clock } from '../ports/clock.ts';
import type { OpenedReview, ReviewDesk } from '../ports/review-desk.ts';
import type { NodeRunRecord } from './records.ts';
import { ReplayLog } from './replay-log.ts';

/**
 * A graph run's reviews: the key each ask of a node run has (the same in every
 * execution of the run, so a resumed run finds the review it opened) and the
 * reviews its node runs wait on now.
 */
export class ReviewWaits {
  /** Node runs of each node and inputs that asked for a review so far: with the ask, what makes a review's key. */
  private readonly occurrences = new Map<string, number>();
  private readonly keys = new WeakMap<NodeRunRecord, string>();
  private readonly waitingOn = new Set<string>();
  private count = 0;

  /** How many node runs wait on a decision now; they hold no concurrency slot. */
  get waiting(): number {
    return this.count;
  }

  awaited(): string[] {
    return [...this.waitingOn];
  }

  enter(reviewId: string): void {
    this.count++;
    this.waitingOn.add(reviewId);
  }

  leave(reviewId: string): void {
    this.count--;
    this.waitingOn.delete(reviewId);
  }

  /** The same for the same ask of the same node run in every execution of this run, whatever order node runs were created in. */
  key(run: NodeRunRecord, ask: number): string {
    let base = this.keys.get(run);
    if (base === undefined) {
      const nodeAndInputs = ReplayLog.key(run.nodeId, run.inputs);
      const occurrence = this.occurrences.get(nodeAndInputs) ?? 0;
      this.occurrences.set(nodeAndInputs, occurrence + 1);
      base = `${nodeAndInputs}\u0000${occurrence}`;
      this.keys.set(run, base);
    }
    return createHash('sha256').update(`${base}\u0000${ask}`).digest('hex').slice(0, 32);
  }
}

/** The decision on an open review, or the timeout's when its deadline (by the engine clock) comes first; stops waiting when `signal` aborts. */
export async function waitForDecision(desk: ReviewDesk, clock: Clock, opened: OpenedReview, signal: AbortSignal): Promise<ReviewDecision> {
  const waiting = new AbortController();
  const stopWaiting = (): void => waiting.abort(signal.reason);
  signal.addEventListener('abort', stopWaiting, { once: true });
  try {
    const waits = [desk.decided(opened.id, waiting.signal)];
    if (opened.expiresAt !== undefined) {
      waits.push(clock.sleep(Math.max(0, opened.expiresAt - clock.now()), waiting.signal).then(() => desk.expire(opened.id)));
    }
    return await Promise.race(waits);
  } finally {
    signal.removeEventListener('abort', stopWaiting);
    waiting.abort();
  }
}
