import {
  hasEnded,
  UnknownNodeError,
  type BlockRegistry,
  type BudgetLimit,
  type CreateRunOptions,
  type GraphRunRecord,
  type NodeRunRecord,
  type RunTrigger,
  type SpendLimit,
} from '@blocksmith/engine';
import { budgetsFor, refuseSpentBudgets } from '../budgets/run-budgets.ts';
import { runnableGraph } from './runnable-graph.ts';
import { versionToRun } from '../releases/version-to-run.ts';
import type { AgentBudget, Owner, RunListOptions, RunsRepository, Store } from '@blocksmith/store';
import type { DiskSpace } from '../platform/disk-space.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import { boundDetail } from './large-values.ts';
import { NODE_RUN_PAGE_DEFAULT, RunDetailFold, type NodeRunPage, type RunDetail } from './run-detail.ts';

/** A run just started: its first record, and its end when someone waits for it. */
export interface StartedRun {
  runId: string;
  record: GraphRunRecord;
  readonly done: Promise<GraphRunRecord>;
}

/** Which version to run — a version, an alias, or what the trigger runs by default (releases/version-to-run.ts) — and what started the run. */
export interface StartOptions {
  version?: number | undefined;
  /** The version this alias of the agent points at. */
  alias?: string | undefined;
  /** The run's own budget, instead of the agent's per-run budget. */
  budget?: SpendLimit | undefined;
  /** The run's own limit of node runs, below the operator's (BLOCKSMITH_MAX_NODE_RUNS). */
  maxNodeRuns?: number | undefined;
  /** Also says what the run takes beyond its inputs (trigger-extras.ts): what a re-run from a node reuses, the editor's pins. */
  trigger: RunTrigger;
}

/** How to re-run a run: with other inputs, and from a node. */
export interface RerunOptions {
  inputs?: Record<string, unknown> | undefined;
  fromNode?: string | undefined;
}

/**
 * How the API starts, stops and reads runs — executed in this process
 * (embedded) or queued for workers (scale-out); the routes do not know which.
 */
export abstract class RunService {
  constructor(
    protected readonly store: Store,
    private readonly registry: BlockRegistry,
    /** What runs acting for one person may spend per month, unless they set less (the operator's setting). */
    protected readonly userMonthlyBudget: SpendLimit | undefined,
    /** Refuses new runs while the data folder's disk is nearly full (embedded on SQLite). */
    private readonly diskSpace?: DiskSpace,
  ) {}

  /**
   * Starts a run of one version (latest by default) of a workspace's graph, for one of its members. The
   * engine's GraphValidationError and RunInputError pass through: they name
   * what is wrong, and the API answers them as 400s. Every way a run starts
   * (the API, webhooks, schedules, apps, evaluations, the copilot) comes here.
   */
  async start(owner: Owner, graphId: string, inputs: Record<string, unknown>, options: StartOptions): Promise<StartedRun> {
    await this.diskSpace?.admit('a new run');
    return this.launch(owner, graphId, inputs, options);
  }

  /** Starts the run, in this process or through the queue. */
  protected abstract launch(owner: Owner, graphId: string, inputs: Record<string, unknown>, options: StartOptions): Promise<StartedRun>;

  /** Stops a run: running blocks are aborted and the run ends TERMINATED. */
  abstract stop(workspaceId: string, runId: string): Promise<GraphRunRecord>;

  /** Lets go of what the service holds (connections, timers); runs in flight stay resumable. */
  async close(): Promise<void> {}

  /**
   * Re-runs a run's graph version with its inputs, or with edited ones. From a node, it runs the graph's
   * latest version instead — the user has just changed it — and reuses the run's node runs of every node
   * that does not depend on that node (docs/semantics.md); the run must have ended.
   */
  async rerun(owner: Owner, runId: string, { inputs, fromNode }: RerunOptions = {}): Promise<StartedRun> {
    const previous = await this.get(owner.workspaceId, runId);
    if (!previous.graphId) throw new Refusal('conflict', 'not_rerunnable', 'This run has no saved graph to run again.');
    const runInputs = inputs ?? previous.inputs;
    if (fromNode === undefined) return this.start(owner, previous.graphId, runInputs, { version: previous.graphVersion, trigger: { kind: 'rerun', runId } });
    if (!hasEnded(previous.status)) {
      throw new Refusal('conflict', 'run_not_ended', `Run ${runId} is ${previous.status}: wait for it to end (or stop it), then re-run it from a node.`);
    }
    return this.start(owner, previous.graphId, runInputs, { trigger: { kind: 'rerun', runId, fromNode } });
  }

  /**
   * Runs one node of the agent's latest version alone, with `inputs` for its pins over its settings (an
   * agent with its tools): docs/semantics.md rule 17. Recorded as a run of the agent, trigger `node`.
   */
  async runNode(owner: Owner, graphId: string, nodeId: string, inputs: Record<string, unknown>): Promise<StartedRun> {
    const latest = await this.store.graphs.version(owner.workspaceId, graphId);
    if (!latest) throw notFound(`Graph ${graphId}`);
    if (!latest.graph.nodes.some((node) => node.id === nodeId)) throw new UnknownNodeError(nodeId);
    return this.start(owner, graphId, {}, { version: latest.version, trigger: { kind: 'node', nodeId, version: latest.version, inputs } });
  }

  /**
   * Deletes an ended run with its sub-runs, node runs and reviews. A run still going is stopped first by
   * the user (so nothing of it is deleted while it writes), and a sub-run goes only with the run that started it.
   */
  async delete(workspaceId: string, runId: string): Promise<void> {
    const run = await this.get(workspaceId, runId);
    if (run.parentRunId) throw new Refusal('conflict', 'sub_run', `Run ${runId} is a sub-run of ${run.parentRunId}; delete that run instead.`);
    if (!hasEnded(run.status)) throw new Refusal('conflict', 'run_not_ended', `Run ${runId} is ${run.status}: stop it first, then delete it.`);
    // Records of it still on their way to the database would bring it back.
    await this.store.runStore.flush();
    await this.store.runs.delete(workspaceId, runId);
  }

  async get(workspaceId: string, runId: string): Promise<GraphRunRecord> {
    const run = await this.store.runs.get(workspaceId, runId);
    if (!run) throw notFound(`Run ${runId}`);
    return run;
  }

  /**
   * A run as a client shows it: one page of its node runs and a summary of each node (run-detail.ts),
   * values over `inlineBytes` as references to `value` (large-values.ts).
   */
  async detail(workspaceId: string, runId: string, inlineBytes: number, page: NodeRunPage = { after: 0, limit: NODE_RUN_PAGE_DEFAULT }): Promise<RunDetail> {
    const run = await this.get(workspaceId, runId);
    const fold = new RunDetailFold(page);
    await this.store.runs.scanNodeRuns(run.id, fold.visit);
    return boundDetail(fold.detail(run), inlineBytes);
  }

  /** One whole value of a run: an output (or input) of one of its node runs, or one of the run's outputs. */
  async value(
    workspaceId: string,
    runId: string,
    place: { seq?: number | undefined; part: 'outputs' | 'inputs'; name: string; index: number },
  ): Promise<unknown> {
    const run = await this.get(workspaceId, runId);
    const where = place.seq === undefined ? `output "${place.name}" of run ${runId}` : `${place.part} "${place.name}" of node run ${place.seq} of run ${runId}`;
    // Own keys only: a name like "constructor" finds nothing rather than the prototype's member.
    const own = <T>(record: Record<string, T> | undefined): T | undefined => (record && Object.hasOwn(record, place.name) ? record[place.name] : undefined);
    let nodeRun: NodeRunRecord | undefined;
    if (place.seq !== undefined) {
      // Its last saved state: later sightings of the seq replace earlier ones.
      await this.store.runs.scanNodeRuns(run.id, (sighting) => {
        if (sighting.seq === place.seq) nodeRun = sighting.record();
      });
    }
    const found =
      place.seq === undefined ? own(run.outputs)?.[place.index] : place.part === 'inputs' ? own(nodeRun?.inputs) : own(nodeRun?.outputs)?.[place.index];
    if (found === undefined) throw notFound(where);
    return found;
  }

  list(workspaceId: string, options: RunListOptions): ReturnType<RunsRepository['list']> {
    return this.store.runs.list(workspaceId, options);
  }

  /** What a start chose for the run itself, recorded on it: the worker that executes it, or resumes it, applies them. */
  protected runLimits(options: StartOptions): Pick<CreateRunOptions, 'budget' | 'maxNodeRuns'> {
    return {
      ...(options.budget ? { budget: options.budget } : {}),
      ...(options.maxNodeRuns !== undefined ? { maxNodeRuns: options.maxNodeRuns } : {}),
    };
  }

  /**
   * The budgets a new run counts against (budgets/run-budgets.ts); a start whose budgets are already spent
   * is refused (409 `budget_reached`) before anything is recorded.
   */
  protected async budgetsOfStart(owner: Owner, graphId: string, agent: AgentBudget | undefined, options: StartOptions): Promise<BudgetLimit[]> {
    const budgets = await budgetsFor(this.store, this.userMonthlyBudget, { ...owner, graphId, agent, budget: options.budget, trigger: options.trigger });
    refuseSpentBudgets(budgets);
    return budgets;
  }

  /**
   * What the run executes, as the engine takes it — the saved version, or the node its trigger runs alone —
   * and the agent's budgets, read with it.
   */
  protected async graphFor(
    workspaceId: string,
    graphId: string,
    options: StartOptions,
  ): Promise<{ graph: ReturnType<typeof runnableGraph>; agentBudget: AgentBudget | undefined }> {
    const version = await versionToRun(this.store, workspaceId, graphId, options);
    const found = await this.store.graphs.version(workspaceId, graphId, version);
    if (!found) throw notFound(version === undefined ? `Graph ${graphId}` : `Version ${version} of graph ${graphId}`);
    return { graph: runnableGraph(found.runnable, options.trigger, this.registry), agentBudget: found.summary.budget };
  }
}
