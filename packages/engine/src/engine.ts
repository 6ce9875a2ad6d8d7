import { BlockError, type BlockSettings, type SubGraphResult } from '@blocksmith/sdk';
import type { StoredGraph } from './graph/graph-file.ts';
import { validateGraph, type GraphValidation } from './graph/validate-graph.ts';
import { GraphValidationError } from './graph/graph-issue.ts';
import { systemClock, type Clock } from './ports/clock.ts';
import type { EventSink } from './ports/events.ts';
import { noCredentials, type CredentialStore } from './ports/credential-store.ts';
import { InMemoryFileStore, type FileStore } from './ports/file-store.ts';
import type { GraphStore } from './ports/graph-store.ts';
import { stderrWarnings, type LogSink } from './ports/logger.ts';
import { InMemoryMemoryStore, type MemoryStore } from './ports/memory-store.ts';
import { DataTables } from './data-tables/data-tables.ts';
import type { DataTableStorage } from './ports/data-table-storage.ts';
import { InMemoryDataTableStorage } from './ports/in-memory-data-tables.ts';
import { NO_KNOWLEDGE, type KnowledgeStore } from './ports/knowledge-store.ts';
import { InMemoryNodeState, type NodeStateStore } from './ports/node-state.ts';
import { noReviewDesk, type ReviewDesk } from './ports/review-desk.ts';
import { InMemoryRunStore, type RunStore } from './ports/run-store.ts';
import type { BlockRegistry } from './registry/block-registry.ts';
import { checkRunInputs } from './run/check-run-inputs.ts';
import { compileGraph } from './run/compiled-graph.ts';
import type { CompiledGraph } from './run/compiled-types.ts';
import type { BudgetLimit } from './run/budget.ts';
import { GraphRun } from './run/graph-run.ts';
import type { GraphRunDeps } from './run/graph-run-deps.ts';
import type { GraphRunRecord, NodeRunRecord, RunTrigger, SpendLimit } from './run/records.ts';
import { timeOrderedId } from './run/run-id.ts';
import { ReplayLog } from './run/replay-log.ts';
import { reuseLog, type RunReuse } from './run/rerun-plan.ts';
import { UnknownNodeError } from './graph/unknown-node-error.ts';
import type { PinnedOutputs } from './run/pinned-outputs.ts';
import { nodeRunLimit } from './run/node-run-limit.ts';

export interface EngineOptions {
  registry: BlockRegistry;
  /** Where `agent.run_graph` finds saved graphs. */
  graphStore?: GraphStore;
  /** Where blocks read uploads and write artifacts. */
  files?: FileStore;
  /** Where declared credentials are decrypted at run time. */
  credentials?: CredentialStore;
  /** Where `human.review` nodes wait for people's decisions. */
  reviews?: ReviewDesk;
  /** Where nodes keep values across runs (`ctx.state`). */
  nodeState?: NodeStateStore;
  /** Where `ctx.memory` keeps texts and embeddings; default: in this process. */
  memory?: MemoryStore;
  /** Where `ctx.tables` keeps data tables; default: in this process. */
  dataTables?: DataTableStorage;
  /** Where `ctx.knowledge` finds knowledge bases; default: none. */
  knowledge?: KnowledgeStore;
  runStore?: RunStore;
  events?: EventSink;
  clock?: Clock;
  log?: LogSink;
  /** Source of randomness for retry jitter. */
  random?: () => number;
  settings?: Partial<BlockSettings>;
  /** Node runs executing at once within one graph run. */
  maxConcurrency?: number;
  /** Node runs one graph run may create before it is stopped. */
  maxNodeRuns?: number;
  /** The largest value one output may put out (UTF-8 JSON bytes); a larger one fails its node. */
  maxOutputBytes?: number;
  /** How deep sub-graphs may nest. */
  maxDepth?: number;
}

export interface CreateRunOptions {
  runId?: string;
  parentRunId?: string;
  depth?: number;
  /** The workspace the run belongs to, recorded on it and passed to sub-runs and graph lookups. */
  workspaceId?: string;
  /** Who the run acts for, recorded on it and passed to sub-runs. */
  userId?: string;
  /** What started the run, recorded on it. */
  trigger?: RunTrigger;
  /** The run's own budget, recorded on it (the server turns it into `budgets` when the run executes). */
  budget?: SpendLimit;
  /** The run's own limit of node runs, recorded on it: lower than the engine's, or the engine's applies. */
  maxNodeRuns?: number;
}

export interface ExecuteRunOptions {
  maxConcurrency?: number;
  /** Aborting it stops the run, like `cancel()`. */
  signal?: AbortSignal;
  /**
   * Node runs an interrupted execution of this run (same runId) recorded:
   * the completed ones are reused, the rest run again.
   */
  resumeFrom?: NodeRunRecord[];
  /** Re-run from a node: reuse another run's node runs of the nodes that do not depend on `fromNode` (docs/semantics.md). */
  reuse?: RunReuse;
  /** Pinned outputs, by node id: those nodes put them out instead of running (docs/semantics.md rule 16). */
  pins?: Record<string, PinnedOutputs>;
  /** Where this run's records and events go instead of the engine's (e.g. fenced by a worker's lease). */
  runStore?: RunStore;
  events?: EventSink;
  /** The budgets the run's model use counts against: reaching one stops the run, FAILED with which and how much (run/budget.ts). */
  budgets?: readonly BudgetLimit[];
}

export type StartRunOptions = CreateRunOptions & ExecuteRunOptions;

export interface RunHandle {
  runId: string;
  record: GraphRunRecord;
  done: Promise<GraphRunRecord>;
  cancel(reason?: string): void;
  /** The reviews its node runs wait on now (ids from the review desk). */
  reviewsAwaited(): string[];
}

const noEvents: EventSink = { publish: () => undefined };

/** Compiled saved versions kept, oldest evicted first. */
const COMPILED_VERSIONS_KEPT = 500;

function savedVersionKey(graph: unknown): string | undefined {
  const { id, version } = (typeof graph === 'object' && graph !== null ? graph : {}) as Partial<StoredGraph>;
  return typeof id === 'string' && typeof version === 'number' ? `${id}@${version}` : undefined;
}

/** Runs graphs: validation, compilation, scheduling; storage and I/O come in through ports. */
export class Engine {
  readonly registry: BlockRegistry;
  readonly runStore: RunStore;
  private readonly graphStore?: GraphStore;
  private readonly files: FileStore;
  private readonly credentials: CredentialStore;
  private readonly reviews: ReviewDesk;
  private readonly nodeState: NodeStateStore;
  private readonly memory: MemoryStore;
  private readonly tables: DataTables;
  private readonly knowledge: KnowledgeStore;
  private readonly events: EventSink;
  private readonly clock: Clock;
  private readonly log: LogSink;
  private readonly random: () => number;
  private readonly settings: BlockSettings;
  private readonly maxConcurrency: number;
  private readonly maxNodeRuns: number;
  private readonly maxOutputBytes: number;
  private readonly maxDepth: number;
  private readonly compiled = new WeakMap<object, CompiledGraph>();
  private readonly compiledVersions = new Map<string, CompiledGraph>();

  constructor(private readonly options: EngineOptions) {
    this.registry = options.registry;
    this.graphStore = options.graphStore;
    this.files = options.files ?? new InMemoryFileStore();
    this.credentials = options.credentials ?? noCredentials;
    this.reviews = options.reviews ?? noReviewDesk;
    this.nodeState = options.nodeState ?? new InMemoryNodeState();
    this.memory = options.memory ?? new InMemoryMemoryStore();
    this.knowledge = options.knowledge ?? NO_KNOWLEDGE;
    this.tables = new DataTables(options.dataTables ?? new InMemoryDataTableStorage(), () => this.clock.now());
    this.runStore = options.runStore ?? new InMemoryRunStore();
    this.events = options.events ?? noEvents;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? stderrWarnings;
    this.random = options.random ?? Math.random;
    this.settings = { allowPrivateNetwork: false, allowedHosts: [], allowedSockets: [], allowStdioMcp: false, ...options.settings };
    this.maxConcurrency = options.maxConcurrency ?? 16;
    this.maxNodeRuns = options.maxNodeRuns ?? 1_000_000;
    this.maxOutputBytes = options.maxOutputBytes ?? 32 * 1024 * 1024;
    this.maxDepth = options.maxDepth ?? 5;
  }

  validate(graph: unknown): GraphValidation {
    return validateGraph(graph, this.registry);
  }

  /**
   * Validates and compiles a graph once; later runs of the same object — or of
   * the same saved version (`id` + `version`; versions never change) — reuse
   * it, so treat a graph object as immutable once it has run.
   */
  prepare(graph: unknown): CompiledGraph {
    const cached = typeof graph === 'object' && graph !== null ? this.compiled.get(graph) : undefined;
    if (cached) return cached;
    const versionKey = savedVersionKey(graph);
    const byVersion = versionKey === undefined ? undefined : this.compiledVersions.get(versionKey);
    if (byVersion) return byVersion;
    const { id, version, ...file } = (typeof graph === 'object' && graph !== null ? graph : {}) as Partial<StoredGraph>;
    const { graph: parsed, issues } = validateGraph(typeof graph === 'object' && graph !== null ? file : graph, this.registry);
    if (!parsed) throw new GraphValidationError(issues);
    const compiled = compileGraph({ ...parsed, ...(id !== undefined ? { id } : {}), ...(version !== undefined ? { version } : {}) }, this.registry);
    if (typeof graph === 'object' && graph !== null) this.compiled.set(graph, compiled);
    if (versionKey !== undefined) {
      if (this.compiledVersions.size >= COMPILED_VERSIONS_KEPT) this.compiledVersions.delete(this.compiledVersions.keys().next().value!);
      this.compiledVersions.set(versionKey, compiled);
    }
    return compiled;
  }

  /** Starts a run and returns at once; throws GraphValidationError, RunInputError or UnknownNodeError for bad input. */
  startRun(graph: unknown, inputs: Record<string, unknown> = {}, options: StartRunOptions = {}): RunHandle {
    return this.executeRun(graph, this.createRun(graph, inputs, options), options);
  }

  /**
   * Checks a run and records it QUEUED without starting it — for another
   * process to execute; throws GraphValidationError or RunInputError.
   */
  createRun(graph: unknown, inputs: Record<string, unknown> = {}, options: CreateRunOptions = {}): GraphRunRecord {
    const compiled = this.prepare(graph);
    checkRunInputs(compiled, inputs);
    const { trigger } = options;
    if (trigger?.kind === 'rerun' && trigger.fromNode !== undefined && !compiled.byId.has(trigger.fromNode)) throw new UnknownNodeError(trigger.fromNode);
    const record: GraphRunRecord = {
      id: options.runId ?? timeOrderedId(),
      ...(compiled.graph.id !== undefined ? { graphId: compiled.graph.id } : {}),
      ...(compiled.graph.version !== undefined ? { graphVersion: compiled.graph.version } : {}),
      graphName: compiled.graph.name,
      ...(options.workspaceId !== undefined ? { workspaceId: options.workspaceId } : {}),
      ...(options.userId !== undefined ? { userId: options.userId } : {}),
      ...(options.parentRunId ? { parentRunId: options.parentRunId } : {}),
      ...(options.trigger ? { trigger: options.trigger } : {}),
      ...(options.budget ? { budget: options.budget } : {}),
      ...(options.maxNodeRuns !== undefined ? { maxNodeRuns: options.maxNodeRuns } : {}),
      depth: options.depth ?? 0,
      status: 'QUEUED',
      inputs,
      outputs: {},
      createdAt: this.clock.now(),
    };
    this.runStore.saveGraphRun(record);
    this.events.publish({
      type: 'graph_run.status',
      runId: record.id,
      ...(record.graphId ? { graphId: record.graphId } : {}),
      ...(record.workspaceId !== undefined ? { workspaceId: record.workspaceId } : {}),
      ...(record.userId !== undefined ? { userId: record.userId } : {}),
      status: 'QUEUED',
      at: record.createdAt,
    });
    return record;
  }

  /**
   * Executes a recorded run of `graph`: a new one, or one an interrupted
   * execution left (pass its node runs as `resumeFrom`). Outputs and usage
   * start empty, since replayed node runs deliver theirs again.
   */
  executeRun(graph: unknown, created: GraphRunRecord, options: ExecuteRunOptions = {}): RunHandle {
    const compiled = this.prepare(graph);
    const { error: _error, endedAt: _endedAt, usage: _usage, ...kept } = created;
    const record: GraphRunRecord = { ...kept, status: 'QUEUED', outputs: {} };
    const run = new GraphRun(compiled, record, {
      store: options.runStore ?? this.runStore,
      events: options.events ?? this.events,
      clock: this.clock,
      log: this.log,
      random: this.random,
      settings: this.settings,
      files: this.files,
      credentials: this.credentials,
      reviews: this.reviews,
      nodeState: this.nodeState,
      memory: this.memory,
      tables: this.tables,
      knowledge: this.knowledge,
      maxConcurrency: options.maxConcurrency ?? this.maxConcurrency,
      nodeRunLimit: nodeRunLimit(this.maxNodeRuns, created.maxNodeRuns),
      maxOutputBytes: this.maxOutputBytes,
      ...(options.resumeFrom ? { replay: new ReplayLog(options.resumeFrom) } : {}),
      ...(options.reuse ? { reuse: reuseLog(compiled, options.reuse) } : {}),
      ...(options.pins ? { pins: new Map(Object.entries(options.pins)) } : {}),
      ...(options.budgets?.length ? { budgets: options.budgets } : {}),
      runGraph: this.runSubGraph,
    });
    const { signal } = options;
    if (signal) {
      if (signal.aborted) queueMicrotask(() => run.cancel());
      else signal.addEventListener('abort', () => run.cancel(), { once: true });
    }
    run.start();
    return run;
  }

  /**
   * An engine with this one's blocks, ports and limits whose runs are kept nowhere but in its own memory,
   * dropped with it: for a tool that runs one block on its own (the copilot reading a page), the tool's call
   * being the record. What a block writes — files, memories, table rows — goes where a run's would; what only
   * makes sense for a recorded run stays its own: no events, no reviews (nobody could find one), and node state
   * that lives as long as the run. Budgets sum recorded runs, so they do not see what runs here: its caller
   * counts the run's usage where it belongs (the copilot adds it to the chat's usage).
   */
  detached(): Engine {
    return new Engine({ ...this.options, runStore: undefined, events: undefined, reviews: undefined, nodeState: undefined, log: () => undefined });
  }

  /** Runs a graph to its end. */
  run(graph: unknown, inputs: Record<string, unknown> = {}, options: StartRunOptions = {}): Promise<GraphRunRecord> {
    return this.startRun(graph, inputs, options).done;
  }

  /** A field, not a method: every graph run gets it as is, with no closure made per run. */
  private readonly runSubGraph: GraphRunDeps['runGraph'] = async (ref, inputs, parent) => {
    if (parent.depth + 1 > this.maxDepth) {
      throw new BlockError(
        'depth_limit',
        `Sub-graph "${ref.graphId}" would nest ${parent.depth + 1} levels deep; the limit is ${this.maxDepth}. Does a graph run itself?`,
      );
    }
    if (!this.graphStore) throw new BlockError('not_found', `No graph store is configured, so sub-graph "${ref.graphId}" cannot be loaded.`);
    let version = ref.version;
    if (ref.alias !== undefined) {
      version = await this.graphStore.aliasVersion?.(ref.graphId, ref.alias, parent.workspaceId);
      if (version === undefined) {
        throw new BlockError(
          'not_found',
          `Agent "${ref.graphId}" has no alias "${ref.alias}": release a version under that name first, or leave the alias out.`,
        );
      }
    }
    const graph = await this.graphStore.getGraph(ref.graphId, version, parent.workspaceId);
    if (!graph) {
      const version = ref.version === undefined ? '' : ` version ${ref.version}`;
      throw new BlockError('not_found', `Graph "${ref.graphId}"${version} was not found: check the graph id (and version).`);
    }
    let handle: RunHandle;
    try {
      handle = this.startRun(graph, inputs, {
        parentRunId: parent.runId,
        depth: parent.depth + 1,
        signal: parent.signal,
        ...(parent.workspaceId !== undefined ? { workspaceId: parent.workspaceId } : {}),
        ...(parent.userId !== undefined ? { userId: parent.userId } : {}),
        ...(parent.budgets ? { budgets: parent.budgets } : {}),
      });
    } catch (error) {
      throw new BlockError('invalid_subgraph', `Sub-graph "${ref.graphId}" cannot run: ${(error as Error).message}`);
    }
    const record = await handle.done;
    return {
      runId: record.id,
      status: record.status as SubGraphResult['status'],
      outputs: record.outputs,
      ...(record.error ? { error: record.error } : {}),
      ...(record.usage ? { usage: record.usage } : {}),
    };
  };
}
