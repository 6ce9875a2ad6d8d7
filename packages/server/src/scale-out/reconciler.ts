import type { Store } from '@blocksmith/store';
import type { RunQueue } from './run-queue.ts';

/**
 * The database is the truth about which runs must execute; Redis only
 * carries the work. Every interval, runs that are unfinished in the database
 * but have no live job (the API could not reach Redis when it started them,
 * or Redis lost its data) are queued again — except runs parked on reviews
 * nobody has decided yet. Idempotent: a run with a job is not queued twice.
 */
export class Reconciler {
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly queue: RunQueue,
    /** Younger runs are left alone: their job may be on its way. */
    private readonly graceMs: number,
    private readonly log: (message: string) => void,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => (this.pass = this.pass.then(async () => void (await this.reconcile()))), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
  }

  async reconcile(): Promise<number> {
    let queued = 0;
    try {
      // A parked run's review that ran out of time is rejected here: no process holds the run to time it.
      await this.store.reviews.expireParked(Date.now());
      for (const run of await this.store.runs.unfinished({ createdBefore: Date.now() - this.graceMs })) {
        if (run.parentRunId || (await this.queue.hasJob(run.id))) continue;
        if (run.status === 'REVIEW' && (await this.store.reviews.stillParked(run.id))) continue;
        await this.queue.enqueue(run.id);
        this.log(`run ${run.id} had no job; queued it again`);
        queued++;
      }
    } catch (error) {
      this.log(`reconciling failed, will retry: ${(error as Error).message}`);
    }
    return queued;
  }
}
