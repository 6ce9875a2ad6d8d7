import { hasEnded, type Engine, type EventSink, type GraphRunRecord, type RunHandle, type SpendLimit } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';
import { resumableRun } from '../runs/resume.ts';
import { Fence } from './fence.ts';
import { PeopleWatch } from './people-watch.ts';
import type { Claim, RunClaims } from './run-claims.ts';
import type { UserSlots } from './user-slots.ts';

export interface RunWorkerOptions {
  workerId: string;
  concurrency: number;
  leaseMs: number;
  store: Store;
  engine: Engine;
  events: EventSink;
  /** The operator's monthly budget per person (runs count against it as they execute). */
  userMonthlyBudget?: SpendLimit | undefined;
  slots: UserSlots;
  claims: RunClaims;
  /** Called once a run's final records are committed, with its final record. */
  onEnded(record: GraphRunRecord): void;
  log(message: string): void;
}

/** How long a run waits before it is offered again when its user is at the cap (or reading it failed). */
const RETRY_MS = 1000;

/** What became of a claimed run, and so what its job becomes. */
type Outcome = 'done' | 'retry later' | 'handed back' | 'lost';

interface LiveRun {
  handle: RunHandle;
  fence: Fence;
  /** Lets go of the run here: handed back (shutdown) or lost (the lease ran out). */
  leave(outcome: 'handed back' | 'lost'): void;
}

/**
 * Executes runs from the queue (run-claims.ts). The worker's lease is the
 * runs' lease: it renews it while it lives; if it dies, the lease runs out,
 * another worker's maintenance puts its runs back in the queue, and whoever
 * claims one continues it from its persisted node results.
 */
export class RunWorker {
  /** Claimed runs being read or executed here. */
  private readonly active = new Map<string, Promise<void>>();
  private readonly live = new Map<string, LiveRun>();
  /** Claimed runs this worker must let go of because its lease ran out. */
  private readonly lost = new Set<string>();
  private readonly timers: NodeJS.Timeout[] = [];
  private claiming: Promise<void> = Promise.resolve();
  private closing = false;
  private slotFreed: (() => void) | undefined;

  constructor(private readonly options: RunWorkerOptions) {}

  /** Takes the lease and starts claiming runs. */
  async start(): Promise<void> {
    const { claims, leaseMs, log } = this.options;
    await claims.register('start');
    const every = (ms: number, task: () => Promise<void>) =>
      this.timers.push(setInterval(() => void task().catch((error: unknown) => log(`queue error: ${(error as Error).message}`)), ms));
    every(Math.floor(leaseMs / 3), () => this.renew());
    every(Math.min(500, Math.floor(leaseMs / 3)), async () => {
      for (const runId of await claims.maintain()) log(`run ${runId} went back to the queue: the worker that held it is gone`);
    });
    this.claiming = this.claimLoop();
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
    this.closing = true;
    this.options.claims.stopClaiming();
    this.slotFreed?.();
    await this.claiming;
    const timer = setTimeout(() => {
      for (const [runId, live] of this.live) {
        this.options.log(`run ${runId} handed back`);
        this.abandon(runId, 'The worker shut down; another worker continues the run.');
        live.leave('handed back');
      }
    }, graceMs);
    while (this.active.size > 0) await Promise.all(this.active.values());
    clearTimeout(timer);
    for (const timer of this.timers) clearInterval(timer);
    await this.options.claims.release();
  }

  private async claimLoop(): Promise<void> {
    while (!this.closing) {
      if (this.active.size >= this.options.concurrency) {
        await new Promise<void>((resolve) => (this.slotFreed = resolve));
        continue;
      }
      let claim: Claim | undefined;
      try {
        claim = await this.options.claims.claim();
      } catch (error) {
        this.options.log(`queue error: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        continue;
      }
      // Stopped claiming: a run taken on the way goes back with the lease's release.
      if (claim === undefined) return;
      this.active.set(claim.runId, this.execute(claim));
    }
  }

  private async execute(claim: Claim): Promise<void> {
    const { claims, log } = this.options;
    const { runId } = claim;
    const outcome = await this.process(claim).catch((error: unknown): Outcome => {
      log(`run ${runId} could not be executed here, offered again: ${(error as Error).message}`);
      return 'retry later';
    });
    try {
      if (outcome === 'done') await claims.finish(runId);
      else if (outcome === 'retry later') await claims.delay(runId, Date.now() + RETRY_MS);
      else await claims.handBack(runId);
    } catch (error) {
      log(`run ${runId}: the queue did not take its outcome (${outcome}): ${(error as Error).message}`);
    } finally {
      this.lost.delete(runId);
      this.active.delete(runId);
      this.slotFreed?.();
      this.slotFreed = undefined;
    }
  }

  /** Renews the lease; when it had run out, every claimed run here is let go (another worker may hold it by now). */
  private async renew(): Promise<void> {
    if (await this.options.claims.renew()) return;
    this.options.log(`worker ${this.options.workerId} lost its lease; its runs go back to the queue`);
    for (const runId of this.active.keys()) {
      this.lost.add(runId);
      this.abandon(runId, 'This worker lost its claim on the run; another worker continues it.');
      this.live.get(runId)?.leave('lost');
    }
    await this.options.claims.register('after a lost lease');
  }

  private async process({ runId, record }: Claim): Promise<Outcome> {
    const { store, engine, slots, workerId } = this.options;
    // A run just started comes with its record; one put back is read as it is now.
    const run = record?.status === 'QUEUED' ? record : await store.runs.byId(runId);
    if (!run || hasEnded(run.status)) return 'done';
    const userId = run.userId ?? '';
    if (!(await slots.take(userId, runId))) return 'retry later';
    const heartbeat = setInterval(() => void slots.take(userId, runId).catch(() => undefined), Math.floor(this.options.leaseMs / 3));
    let outcome: Outcome = 'done';
    try {
      const resumable = await resumableRun(store, engine.registry, run, this.options.userMonthlyBudget);
      if (!resumable) return 'done';
      const resuming = run.status !== 'QUEUED';
      if (resuming) await this.closeOrphanedSubRuns(runId);
      if (this.lost.has(runId)) return (outcome = 'lost');
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
      const left = new Promise<'handed back' | 'lost'>((resolve) => this.live.set(runId, { handle, fence, leave: resolve }));
      for (;;) {
        const next = await Promise.race([handle.done, left, people.waiting()]);
        if (next === 'handed back' || next === 'lost') return (outcome = next);
        if (next !== 'waits on people') break;
        if (await this.park(handle, fence)) return 'done';
      }
      this.options.log(`run ${runId} ended ${handle.record.status} on ${workerId}`);
      this.options.onEnded(handle.record);
      return 'done';
    } finally {
      clearInterval(heartbeat);
      this.live.delete(runId);
      // A lost run's slot may be the next worker's by now; it runs out on its own.
      if (outcome !== 'lost') await slots.release(userId, runId).catch(() => undefined);
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
