import { systemClock, type Clock } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';
import { periodic, type Periodic } from '../util/periodic.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long ended runs are kept (BLOCKSMITH_RUN_MAX_AGE_DAYS, BLOCKSMITH_FAILED_RUN_MAX_AGE_DAYS); undefined:
 * forever. An agent's own settings (GraphSummary.retention) replace these for its runs.
 */
export interface RetentionPolicy {
  maxAgeDays?: number | undefined;
  failedMaxAgeDays?: number | undefined;
}

/** Runs deleted per read of the index; each is its own short transaction, so running work goes on between them. */
const BATCH = 50;
/** At most this many runs per sweep: a backlog (a first start with a long history) is worked off over several. */
const SWEEP_LIMIT = 2000;
export const SWEEP_EVERY_MS = 60_000;

/**
 * Deletes ended runs past their age (the deployment's, or their agent's own), and an agent's runs beyond its
 * newest `maxRuns` — a run with its sub-runs, node runs, reviews and share links, never a
 * run that is still going — oldest first, in small batches, then gives the disk back the space. Every API
 * server sweeps: deleting a run another already deleted is a no-op.
 */
export class RunRetention {
  private rounds: Periodic | undefined;

  constructor(
    private readonly store: Store,
    private readonly policy: RetentionPolicy,
    private readonly clock: Clock = systemClock,
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  /** One sweep at `now`: how many runs it deleted. */
  async sweep(now = this.clock.now()): Promise<number> {
    type Batch = (limit: number) => Promise<{ id: string; workspaceId: string }[]>;
    const { runs, graphs } = this.store;
    const own = await graphs.withRetention();
    const passes: Batch[] = [];
    const ages = [
      [['COMPLETED', 'TERMINATED'], 'maxAgeDays'],
      [['FAILED'], 'failedMaxAgeDays'],
    ] as const;
    for (const [statuses, setting] of ages) {
      // An agent's own age replaces the deployment's; 0 keeps its runs forever.
      const apart = own.filter((agent) => agent.retention[setting] !== undefined);
      const days = this.policy[setting];
      if (days !== undefined) passes.push((limit) => runs.endedBefore(statuses, now - days * DAY_MS, limit, { except: apart.map((a) => a.graphId) }));
      for (const { graphId, retention } of apart) {
        const ownDays = retention[setting]!;
        if (ownDays > 0) passes.push((limit) => runs.endedBefore(statuses, now - ownDays * DAY_MS, limit, { graphId }));
      }
    }
    for (const { graphId, retention } of own) if (retention.maxRuns) passes.push((limit) => runs.endedBeyond(graphId, retention.maxRuns!, limit));

    let deleted = 0;
    for (const next of passes) {
      while (deleted < SWEEP_LIMIT) {
        const batch = await next(Math.min(BATCH, SWEEP_LIMIT - deleted));
        for (const { id, workspaceId } of batch) if (await runs.delete(workspaceId, id)) deleted++;
        if (batch.length < BATCH) break;
        // Lets requests and runs waiting on this process go first.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (deleted > 0) this.store.reclaimSpace();
    return deleted;
  }

  /** Sweeps every SWEEP_EVERY_MS, the first time one interval after the start (a restart does not add one). */
  start(): void {
    this.rounds ??= periodic(
      this.clock,
      SWEEP_EVERY_MS,
      () => this.sweep(),
      (error) => this.onError(`Run retention: the sweep failed and is tried again next time: ${String(error)}`),
      'after one interval',
    );
  }

  async stop(): Promise<void> {
    await this.rounds?.stop();
  }
}
