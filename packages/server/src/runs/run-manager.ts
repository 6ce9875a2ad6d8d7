import { GraphValidationError, RunInputError, type Engine, type GraphRunRecord, type RunHandle } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';
import { ApiError, notFound } from '../errors.ts';

/**
 * Starts and stops runs for users and keeps the handles of the runs this
 * process executes. Reads go to the store, flushed first so they are current.
 */
export class RunManager {
  private readonly live = new Map<string, RunHandle>();

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
  ) {}

  /** Starts a run of one version (latest by default) of a user's graph; 400 for invalid graphs or inputs. */
  async start(userId: string, graphId: string, inputs: Record<string, unknown>, version?: number): Promise<RunHandle> {
    const found = await this.store.graphs.version(userId, graphId, version);
    if (!found) throw notFound(version === undefined ? `Graph ${graphId}` : `Version ${version} of graph ${graphId}`);
    let handle: RunHandle;
    try {
      handle = this.engine.startRun({ ...found.graph, id: graphId, version: found.version }, inputs, { userId });
    } catch (error) {
      if (error instanceof GraphValidationError) throw new ApiError(400, 'invalid_graph', error.message, error.issues);
      if (error instanceof RunInputError) throw new ApiError(400, 'invalid_inputs', error.message, error.problems);
      throw error;
    }
    this.track(handle);
    return handle;
  }

  /**
   * Continues runs a previous process left QUEUED or RUNNING: completed node
   * runs are reused, node runs that were in flight run again (at-least-once).
   * Sub-runs are closed; their parent's node starts them afresh.
   */
  async resumeInterrupted(): Promise<number> {
    let resumed = 0;
    for (const run of await this.store.runs.unfinished()) {
      const version = run.userId && run.graphId ? await this.store.graphs.version(run.userId, run.graphId, run.graphVersion) : undefined;
      if (run.parentRunId || !version) {
        const error = run.parentRunId
          ? 'Interrupted by a server restart; the parent run starts it again.'
          : 'The server stopped during this run and its graph no longer exists.';
        this.store.runStore.saveGraphRun({ ...run, status: run.parentRunId ? 'TERMINATED' : 'FAILED', endedAt: Date.now(), error });
        continue;
      }
      const recorded = await this.store.runs.nodeRuns(run.id);
      this.store.runStore.resetNodeRuns(run.id);
      const handle = this.engine.startRun({ ...version.graph, id: run.graphId, version: version.version }, run.inputs, {
        runId: run.id,
        userId: run.userId!,
        resumeFrom: recorded,
      });
      this.track(handle);
      resumed++;
    }
    await this.store.runStore.flush();
    return resumed;
  }

  /** Re-runs a run's graph version with its inputs, or with edited ones. */
  async rerun(userId: string, runId: string, inputs?: Record<string, unknown>): Promise<RunHandle> {
    const previous = await this.get(userId, runId);
    if (!previous.graphId) throw new ApiError(409, 'not_rerunnable', 'This run has no saved graph to run again.');
    return this.start(userId, previous.graphId, inputs ?? previous.inputs, previous.graphVersion);
  }

  /** Stops a run: running blocks are aborted and the run ends TERMINATED. */
  async stop(userId: string, runId: string): Promise<GraphRunRecord> {
    const run = await this.get(userId, runId);
    const handle = this.live.get(runId);
    if (handle) {
      handle.cancel('Stopped by the user.');
      return handle.done;
    }
    if (run.status === 'QUEUED' || run.status === 'RUNNING') {
      // No process runs it any more (it was left by a stopped server): record the stop.
      const stopped: GraphRunRecord = { ...run, status: 'TERMINATED', endedAt: Date.now(), error: 'Stopped by the user.' };
      this.store.runStore.saveGraphRun(stopped);
      await this.store.runStore.flush();
      return stopped;
    }
    return run;
  }

  async get(userId: string, runId: string): Promise<GraphRunRecord> {
    if (this.live.has(runId)) await this.store.runStore.flush();
    const run = await this.store.runs.get(userId, runId);
    if (!run) throw notFound(`Run ${runId}`);
    return run;
  }

  private track(handle: RunHandle): void {
    this.live.set(handle.runId, handle);
    void handle.done.finally(() => this.live.delete(handle.runId));
  }
}
