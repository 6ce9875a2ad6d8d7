import { hasEnded, type Engine, type EventSink, type RunHandle, type SpendLimit } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';
import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { resumableRun } from '../runs/resume.ts';
import { Fence } from './fence.ts';
import { PeopleWatch } from './people-watch.ts';
import { redisNames } from './redis.ts';
import type { RunJob } from './run-queue.ts';
import type { UserSlots } from './user-slots.ts';

export interface RunWorkerOptions {
  workerId: string;
  prefix: string;
  concurrency: number;
  leaseMs: number;
  store: Store;
  engine: Engine;
  events: EventSink;
  /** The operator's monthly budget per person (runs count against it as they execute). */
  userMonthlyBudget?: SpendLimit | undefined;
  slots: UserSlots;
  connection: Redis;
  /** Called once a run's final records are committed. */
  onEnded(runId: string): void;
  log(message: string): void;
}

/** How long a run waits before it is offered again when its user is at the cap. */
const CAP_RETRY_MS = 1000;

interface LiveRun {
  handle: RunHandle;
  fence: Fence;
  handBack(): void;
}

/**
 * Executes runs from the queue. BullMQ's job lock is the lease: the worker
 * renews it while the run executes; if the worker dies, the lock expires,
 * the stalled-job check puts the job back, and another worker continues the
 * run from its persisted node results.
 */
export class RunWorker {
  private readonly live = new Map<string, LiveRun>();
  private readonly worker: Worker<RunJob>;

  constructor(private readonly options: RunWorkerOptions) {
    this.worker = new Worker<RunJob>(redisNames(options.prefix).queue, (job, token) => this.process(job, token), {
      connection: options.connection,
      prefix: options.prefix,
      name: options.workerId,
      concurrency: options.concurrency,
      lockDuration: options.leaseMs,
      stalledInterval: Math.max(500, Math.floor(options.leaseMs / 2)),
      // A run may be taken over many times (each worker that dies hands it on); never give up on it for that.
      maxStalledCount: 1_000_000,
    });
    this.worker.on('lockRenewalFailed', (runIds) => {
      for (const runId of runIds) this.abandon(runId, 'This worker lost its claim on the run; another worker continues it.');
    });
    this.worker.on('error', (error) => options.log(`queue error: ${error.message}`));
  }

  /** Runs executing here now. */
  get running(): string[] {
    return [...this.live.keys()];
  }

  /** Stops a run executing here (a user's stop request); other workers ignore it. */
  stop(runId: string, reason: string): void {
    this.live.get(runId)?.handle.cancel(reason);
  }

  /**
   * Takes no new runs, lets running ones finish for up to `graceMs`, then
   * hands the rest back to the queue, where another worker continues them.
   */
  async drain(graceMs: number): Promise<void> {
    const closing = this.worker.close();
    const timer = setTimeout(() => {
      for (const [runId, live] of this.live) {
        this.options.log(`run ${runId} handed back`);
        this.abandon(runId, 'The worker shut down; another worker continues the run.');
        live.handBack();
      }
    }, graceMs);
    await closing;
    clearTimeout(timer);
  }

  private async process(job: Job<RunJob>, token: string | undefined): Promise<void> {
    const { store, engine, slots, workerId } = this.options;
    const { runId } = job.data;
    const run = await store.runs.byId(runId);
    if (!run || hasEnded(run.status)) return;
    const userId = run.userId ?? '';
    if (!(await slots.take(userId, runId))) {
      await job.moveToDelayed(Date.now() + CAP_RETRY_MS, token);
      throw new DelayedError();
    }
    const heartbeat = setInterval(() => void slots.take(userId, runId).catch(() => undefined), Math.floor(this.options.leaseMs / 3));
    try {
      const resumable = await resumableRun(store, engine.registry, run, this.options.userMonthlyBudget);
      if (!resumable) return;
      const resuming = run.status !== 'QUEUED';
      if (resuming) await this.closeOrphanedSubRuns(runId);
      const replayed = resumable.recorded.filter((r) => r.status === 'COMPLETED').length;
      this.options.log(`run ${runId} claimed by ${workerId}${resuming ? `, resuming with ${replayed} completed node runs` : ''}`);
      const fence = new Fence();
      const people = new PeopleWatch(runId);
      const { graph, recorded, ...extras } = resumable;
      const handle = engine.executeRun(graph, run, {
        resumeFrom: recorded,
        ...extras,
        runStore: fence.store(store.runStore),
        events: people.watching(fence.events(this.options.events)),
      });
      const handedBack = new Promise<'handed back'>((resolve) => this.live.set(runId, { handle, fence, handBack: () => resolve('handed back') }));
      for (;;) {
        const outcome = await Promise.race([handle.done, handedBack, people.waiting()]);
        if (outcome === 'handed back') {
          await job.moveToDelayed(Date.now(), token);
          throw new DelayedError();
        }
        if (outcome !== 'waits on people') break;
        if (await this.park(handle, fence)) return;
      }
      this.options.log(`run ${runId} ended ${handle.record.status} on ${workerId}`);
      this.options.onEnded(runId);
    } finally {
      clearInterval(heartbeat);
      this.live.delete(runId);
      await slots.release(userId, runId).catch(() => undefined);
    }
  }

  /**
   * Lets go of a run that only waits on people, so it holds no worker slot and
   * no user slot while they take their time: its records (REVIEW) are written,
   * its reviews marked parked, and deciding one queues the run again (the API
   * server does at once; the reconciler if that was missed). False when it
   * went on meanwhile.
   */
  private async park(handle: RunHandle, fence: Fence): Promise<boolean> {
    const { store } = this.options;
    await store.runStore.flush();
    if (handle.record.status !== 'REVIEW') return false;
    const reviews = handle.reviewsAwaited();
    fence.revoke();
    store.runStore.forget(handle.runId);
    handle.cancel('Parked until a person decides.');
    await store.reviews.park(reviews);
    this.options.log(`run ${handle.runId} parked, waiting on ${reviews.length} review${reviews.length === 1 ? '' : 's'}`);
    return true;
  }

  /** Sub-runs an earlier execution started: the parent's node starts them afresh. */
  private async closeOrphanedSubRuns(runId: string): Promise<void> {
    const { store } = this.options;
    for (const sub of await store.runs.unfinished({ parentRunId: runId })) {
      store.runStore.saveGraphRun({ ...sub, status: 'TERMINATED', endedAt: Date.now(), error: 'Interrupted; the parent run starts it again.' });
    }
  }

  /** Stops executing a run here without recording anything more of it. */
  private abandon(runId: string, reason: string): void {
    const live = this.live.get(runId);
    if (!live) return;
    live.fence.revoke();
    this.options.store.runStore.forget(runId);
    live.handle.cancel(reason);
  }
}
