import { hasEnded, type Engine, type GraphRunRecord, type RunHandle, type SpendLimit } from '@blocksmith/engine';
import type { Owner, Store } from '@blocksmith/store';
import type { DiskSpace } from '../platform/disk-space.ts';
import { recordStopped, resumableRun } from './resume.ts';
import { triggerExtras } from './trigger-extras.ts';
import { RunService, type StartOptions, type StartedRun } from './run-service.ts';

/**
 * Embedded execution: runs execute in this process. Keeps the handles of the
 * runs it executes; reads go to the store, flushed first so they are current.
 */
export class RunManager extends RunService {
  private readonly live = new Map<string, RunHandle>();

  constructor(
    private readonly engine: Engine,
    store: Store,
    userMonthlyBudget?: SpendLimit,
    diskSpace?: DiskSpace,
  ) {
    super(store, engine.registry, userMonthlyBudget, diskSpace);
  }

  protected async launch(owner: Owner, graphId: string, inputs: Record<string, unknown>, options: StartOptions): Promise<StartedRun> {
    const { trigger } = options;
    const { graph, agentBudget } = await this.graphFor(owner.workspaceId, graphId, options);
    const budgets = await this.budgetsOfStart(owner, graphId, agentBudget, options);
    const handle = this.engine.startRun(graph, inputs, {
      ...owner,
      trigger,
      ...this.runLimits(options),
      budgets,
      ...(await triggerExtras(this.store, owner.workspaceId, graphId, trigger)),
    });
    this.track(handle);
    // The run store writes behind; a caller told "started" (a webhook's 202) must find the run after a crash, so its record is saved first.
    // Concurrent starts share one flush.
    await this.store.runStore.flush();
    return handle;
  }

  /**
   * Continues runs a previous process left QUEUED or RUNNING: completed node
   * runs are reused, node runs that were in flight run again (at-least-once).
   */
  async resumeInterrupted(): Promise<number> {
    let resumed = 0;
    for (const run of await this.store.runs.unfinished()) {
      const resumable = await resumableRun(this.store, this.engine.registry, run, this.userMonthlyBudget);
      if (!resumable) continue;
      const { graph, recorded, ...extras } = resumable;
      this.track(this.engine.executeRun(graph, run, { resumeFrom: recorded, ...extras }));
      resumed++;
    }
    await this.store.runStore.flush();
    return resumed;
  }

  async stop(workspaceId: string, runId: string): Promise<GraphRunRecord> {
    const run = await this.get(workspaceId, runId);
    const handle = this.live.get(runId);
    if (handle) {
      handle.cancel('Stopped by the user.');
      return handle.done;
    }
    if (!hasEnded(run.status)) {
      // No process runs it any more (it was left by a stopped server): record the stop.
      return recordStopped(this.store, run);
    }
    return run;
  }

  override async get(workspaceId: string, runId: string): Promise<GraphRunRecord> {
    // Records that cannot be written now (the disk full) are written later: the read answers with what is stored.
    if (this.live.has(runId)) await this.store.runStore.flush().catch(() => undefined);
    return super.get(workspaceId, runId);
  }

  private track(handle: RunHandle): void {
    this.live.set(handle.runId, handle);
    void handle.done.finally(() => this.live.delete(handle.runId));
  }
}
