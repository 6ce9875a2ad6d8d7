import { hasEnded, type Engine, type GraphRunRecord, type SpendLimit } from '@blocksmith/engine';
import type { Owner, Store } from '@blocksmith/store';
import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { recordStopped } from '../runs/resume.ts';
import { RunService, type StartOptions, type StartedRun } from '../runs/run-service.ts';
import { sendControl } from './control-channel.ts';
import { redisNames } from './redis.ts';
import type { RunCompletions } from './run-completions.ts';
import type { RunQueue } from './run-queue.ts';

/** How long starting a run waits for Redis to take its job before answering anyway. */
const ENQUEUE_WAIT_MS = 1000;

/** How long a stop request waits for the worker to end the run before answering with the run as it is. */
const STOP_WAIT_MS = 10_000;

/**
 * Scale-out runs: the API server records each run QUEUED in the database and
 * queues it; a worker executes it. Nothing is lost if Redis is down when a run
 * starts: the record is written first, and the workers' reconciler queues it.
 */
export class QueuedRuns extends RunService {
  constructor(
    private readonly engine: Engine,
    store: Store,
    private readonly queue: RunQueue,
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly completions: RunCompletions,
    private readonly log: (message: string) => void,
    userMonthlyBudget?: SpendLimit,
  ) {
    super(store, engine.registry, userMonthlyBudget);
  }

  protected async launch(owner: Owner, graphId: string, inputs: Record<string, unknown>, options: StartOptions): Promise<StartedRun> {
    const { trigger } = options;
    const { graph, agentBudget } = await this.graphFor(owner.workspaceId, graphId, options);
    // The worker counts the budgets again when it takes the run; a start whose budgets are spent is refused here.
    await this.budgetsOfStart(owner, graphId, agentBudget, options);
    const record = this.engine.createRun(graph, inputs, { ...owner, trigger, ...this.runLimits(options) });
    await this.store.runStore.flush();
    this.completions.started(record.id);
    // While Redis is away the add waits for it; the answer does not — the record is safe, and the add (or the reconciler) queues it.
    const queued = this.queue
      .enqueue(record.id, record)
      .catch((error: unknown) => this.log(`run ${record.id} is recorded but not queued yet: ${String(error)}`));
    if ((await Promise.race([queued, sleep(ENQUEUE_WAIT_MS).then(() => 'slow' as const)])) === 'slow') {
      this.log(`run ${record.id} is recorded; Redis is slow to take its job`);
    }
    const completions = this.completions;
    return {
      runId: record.id,
      record,
      get done() {
        return completions.wait(record.id);
      },
    };
  }

  async stop(workspaceId: string, runId: string): Promise<GraphRunRecord> {
    const run = await this.get(workspaceId, runId);
    if (hasEnded(run.status)) return run;
    if (run.status === 'QUEUED') {
      await this.queue.removeWaiting(runId).catch(() => undefined);
      this.completions.committed({ runId, record: await recordStopped(this.store, run) });
    }
    // Parked on a review, the run has no job and no worker to tell.
    if (run.status === 'REVIEW' && !(await this.queue.hasJob(runId))) return recordStopped(this.store, run);
    // Also when it looked QUEUED: a worker may have just taken it.
    await sendControl(this.redis, redisNames(this.prefix).control, { type: 'stop', runId, reason: 'Stopped by the user.' });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), STOP_WAIT_MS)));
    const ended = await Promise.race([this.completions.wait(runId), timeout]);
    clearTimeout(timer);
    return ended ?? this.get(workspaceId, runId);
  }
}
