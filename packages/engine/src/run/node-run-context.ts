import { budgetsAfter } from './budget.ts';
import {
  BlockError,
  type AgentTool,
  type AnyBlock,
  type BlockContext,
  type BlockFiles,
  type BlockMemory,
  type BlockTables,
  type BlockKnowledge,
  type BlockLogger,
  type Credential,
  type GraphRef,
  type ModelUsage,
  type NodeState,
  type ProgressUpdate,
  type ReviewDecision,
  type ReviewRequest,
  type SubGraphResult,
  type ToolResult,
  type UsageTotals,
} from '@blocksmith/sdk';
import type { GraphRunDeps } from './graph-run-deps.ts';
import { redactText, resolveCredential } from './credentials.ts';
import type { CompiledNode } from './compiled-types.ts';
import { NODE_RUN_LOG_CHARS, NODE_RUN_LOG_LINES, type GraphRunRecord, type NodeRunLog, type NodeRunRecord } from './records.ts';

/** What a node run's context asks of the graph run it belongs to. */
export interface NodeRunHost {
  readonly deps: GraphRunDeps;
  readonly record: GraphRunRecord;
  readonly signal: AbortSignal;
  publishProgress(run: NodeRunRecord, progress: ProgressUpdate): void;
  addUsage(run: NodeRunRecord, usage: ModelUsage | UsageTotals): void;
  callTool(run: NodeRunRecord, name: string, args: Record<string, unknown>): Promise<ToolResult>;
  review(run: NodeRunRecord, request: ReviewRequest, ask: number, signal: AbortSignal): Promise<ReviewDecision>;
  listTools(run: NodeRunRecord): Promise<AgentTool[]>;
}

/**
 * A block's `ctx`: one per node run, its methods on the prototype — node runs
 * are many and short, and a fresh set of closures for each was a measurable
 * part of the engine's cost.
 */
export class NodeRunContext implements BlockContext {
  readonly runId: string;
  readonly nodeId: string;
  /** Set by an attempt with a timeout; without one the block gets the run's signal. */
  attemptSignal: AbortSignal | undefined;
  /** Credential values handed to the block, so its error messages can be cleaned of them (made on first use: most blocks take none). */
  secrets: Set<string> | undefined;
  /** Reviews this attempt has asked for so far: the n-th ask of a resumed attempt finds the n-th review of the first. */
  reviewsAsked = 0;

  constructor(
    private readonly host: NodeRunHost,
    private readonly run: NodeRunRecord,
    private readonly compiled: CompiledNode,
  ) {
    this.runId = host.record.id;
    this.nodeId = run.nodeId;
  }

  get signal(): AbortSignal {
    return this.attemptSignal ?? this.host.signal;
  }

  get settings(): BlockContext['settings'] {
    return this.host.deps.settings;
  }

  /** Lines go to the operator's log and onto the node run's record, where its user reads them (redacted, bounded). */
  get logger(): BlockLogger {
    const log = (level: NodeRunLog['level']) => (message: string, data?: Record<string, unknown>) => {
      this.host.deps.log({ level, message, runId: this.runId, nodeId: this.nodeId, ...(data ? { data } : {}) });
      this.keepLog(level, message);
    };
    return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
  }

  private keepLog(level: NodeRunLog['level'], message: string): void {
    const logs = (this.run.logs ??= []);
    if (logs.length > NODE_RUN_LOG_LINES) return;
    const at = this.host.deps.clock.now();
    if (logs.length === NODE_RUN_LOG_LINES) {
      logs.push({ at, level: 'warn', message: `More lines were logged; a node run keeps the first ${NODE_RUN_LOG_LINES}.` });
      return;
    }
    const text = redactText(message, this.secrets);
    logs.push({ at, level, message: text.length > NODE_RUN_LOG_CHARS ? `${text.slice(0, NODE_RUN_LOG_CHARS)}…` : text });
  }

  get files(): BlockFiles {
    const { deps, record } = this.host;
    return {
      read: async (fileId) => {
        const file = await deps.files.read(record.workspaceId, fileId);
        if (!file) throw new BlockError('not_found', `File ${fileId} was not found: upload it first, or check the file id.`, { retriable: false });
        return file;
      },
      write: (file) => deps.files.write({ workspaceId: record.workspaceId, userId: record.userId }, file),
    };
  }

  get state(): NodeState {
    const { deps, record } = this.host;
    const scope = { workspaceId: record.workspaceId, graphId: record.graphId, nodeId: this.nodeId };
    return { get: (key) => deps.nodeState.get(scope, key), set: (key, value) => deps.nodeState.set(scope, key, value) };
  }

  get memory(): BlockMemory {
    const { deps, record } = this.host;
    return {
      add: (namespace, items) => deps.memory.add({ workspaceId: record.workspaceId, userId: record.userId }, namespace, items),
      search: (namespace, query) => deps.memory.search(record.workspaceId, namespace, query),
    };
  }

  get tables(): BlockTables {
    return this.host.deps.tables.forRun(this.host.record.workspaceId);
  }

  get knowledge(): BlockKnowledge {
    const { deps, record } = this.host;
    return {
      base: async (idOrName) => {
        const found = await deps.knowledge.find(record.workspaceId, idOrName);
        if (!found) throw new BlockError('not_found', `There is no knowledge base "${idOrName}" in this workspace; make it on the Knowledge page, or check its name.`, { retriable: false });
        return found;
      },
      search: (baseId, embedding, limit) => deps.knowledge.search(record.workspaceId, baseId, embedding, limit),
    };
  }

  get tools(): AgentTool[] {
    return this.compiled.tools.filter((t) => !t.source).map(({ name, description, inputSchema, nodeId }) => ({ name, description, inputSchema, nodeId }));
  }

  listTools(): Promise<AgentTool[]> {
    return this.host.listTools(this.run);
  }

  progress(update: ProgressUpdate): void {
    this.host.publishProgress(this.run, update);
  }

  async runGraph(ref: GraphRef, inputs: Record<string, unknown>): Promise<SubGraphResult> {
    const { record, signal } = this.host;
    const result = await this.host.deps.runGraph(ref, inputs, {
      runId: record.id,
      depth: record.depth,
      signal,
      workspaceId: record.workspaceId,
      userId: record.userId,
      budgets: this.host.deps.budgets && budgetsAfter(this.host.deps.budgets, record.usage),
    });
    if (result.usage) this.host.addUsage(this.run, result.usage);
    return result;
  }

  usage(usage: ModelUsage): void {
    this.host.addUsage(this.run, usage);
  }

  callTool(name: string, args: Record<string, unknown>): Promise<ToolResult> {
    return this.host.callTool(this.run, name, args);
  }

  review(request: ReviewRequest): Promise<ReviewDecision> {
    return this.host.review(this.run, request, this.reviewsAsked++, this.signal);
  }

  now(): Date {
    return new Date(this.host.deps.clock.now());
  }

  async credential(input: string): Promise<Credential> {
    const block: AnyBlock = this.compiled.block;
    const credential = await resolveCredential(this.host.deps.credentials, this.host.record.workspaceId, this.run, block, input, this.host.record.userId);
    for (const value of Object.values(credential.fields)) if (value.length >= 4) (this.secrets ??= new Set()).add(value);
    return credential;
  }
}
