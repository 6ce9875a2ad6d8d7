import type { BlockTables } from './data-table.ts';
import type { BlockKnowledge } from './knowledge.ts';
import type { AgentTool, ToolResult } from './tools.ts';
import type { ModelUsage, UsageTotals } from './usage.ts';

/** Structured log lines a block writes; the engine attaches node and run ids. */
export interface BlockLogger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** Progress of a long-running block, e.g. a fraction done or a streamed token delta. */
export interface ProgressUpdate {
  message?: string;
  /** 0..1 */
  fraction?: number;
  /** Incremental text, e.g. LLM token deltas. */
  delta?: string;
}

/** Reference to a saved graph that a block can run as a sub-graph. */
export interface GraphRef {
  graphId: string;
  version?: number;
  /** The version this alias of the agent points at (e.g. `production`), instead of `version`. */
  alias?: string;
}

/** Outcome of a sub-graph run. */
export interface SubGraphResult {
  runId: string;
  status: 'COMPLETED' | 'FAILED' | 'TERMINATED';
  outputs: Record<string, unknown[]>;
  error?: string;
  /** Model use of the sub-run, already added to the calling node run's. */
  usage?: UsageTotals;
}

/** Settings an operator controls that change what blocks may do. */
export interface BlockSettings {
  /** Whether outbound HTTP may reach loopback, private and link-local addresses. */
  allowPrivateNetwork: boolean;
  /**
   * Private hosts outbound calls may reach even so: `host` (any port) or `host:port`, lower case,
   * as the URL spells them (e.g. `127.0.0.1:11434` for a local Ollama). Checked on every redirect hop.
   */
  allowedHosts: readonly string[];
  /** Unix socket paths outbound connections may use (a database's local socket); every other socket path is refused. */
  allowedSockets: readonly string[];
  /** Whether MCP servers may be started as programs on the host (stdio): they run with the platform's rights. */
  allowStdioMcp: boolean;
}

/** A stored file (an upload or an artifact a block wrote), passed between blocks by reference. */
export interface FileRef {
  fileId: string;
  name: string;
  contentType: string;
  size: number;
  /** Same-origin download URL, e.g. /api/files/<id>. */
  url: string;
}

export interface FileContent {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Files of the run's owner: read uploads, write artifacts. */
export interface BlockFiles {
  read(fileId: string): Promise<FileContent & { size: number }>;
  write(file: FileContent): Promise<FileRef>;
}

/** A decrypted credential, given to the block that declared it and to nothing else. */
export interface Credential {
  id: string;
  kind: string;
  /** The secret fields, e.g. { token } for http_bearer, { apiKey, baseUrl? } for a model provider. */
  fields: Record<string, string>;
}

/** What a block asks a person to decide: approve `data` (possibly edited) or reject it. */
export interface ReviewRequest {
  /** Markdown shown to the reviewer. */
  message: string;
  data: unknown;
  /** Whether the reviewer may change the data before approving it. */
  editable: boolean;
  /** After this long undecided, the review is rejected with reason `timeout`. */
  timeoutMs?: number;
}

/** A person's decision on a review (or the timeout's). */
export interface ReviewDecision {
  decision: 'approve' | 'reject';
  /** The data as approved (edited, when the review was editable) or as it was when rejected. */
  data: unknown;
  /** Why it was rejected: the reviewer's words, or `timeout`. */
  reason?: string;
}

/** What a node keeps from one run of its agent to the next, by key (JSON values). */
export interface NodeState {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** A text kept in the run owner's memory, with its embedding's model; `score` is the cosine similarity to a search's query. */
export interface MemoryItem {
  id: string;
  text: string;
  metadata: Record<string, unknown>;
  createdAt: number;
}

/** Texts with embeddings the run's owner keeps across runs and agents, by namespace; searched by similarity. */
export interface BlockMemory {
  add(namespace: string, items: { text: string; metadata: Record<string, unknown>; embedding: number[]; model: string }[]): Promise<MemoryItem[]>;
  /** The `limit` items most similar to the embedding (same model), best first. */
  search(namespace: string, query: { embedding: number[]; model: string; limit: number }): Promise<(MemoryItem & { score: number })[]>;
}

/** Everything a block may use while it runs; it knows nothing else of the engine. */
export interface BlockContext {
  runId: string;
  nodeId: string;
  /** Aborted on cancel or timeout: pass it to every awaitable that accepts one. */
  signal: AbortSignal;
  logger: BlockLogger;
  progress(update: ProgressUpdate): void;
  /** Runs another saved graph to completion and returns its named outputs. */
  runGraph(ref: GraphRef, inputs: Record<string, unknown>): Promise<SubGraphResult>;
  /** The current time, from the engine's clock. */
  now(): Date;
  settings: BlockSettings;
  files: BlockFiles;
  /**
   * The credential chosen on the input `input`, which the block must declare under `credentials`.
   * When the node chose none, the user's only credential of a fitting kind (if they have exactly one),
   * unless the block declared the credential `optional`.
   */
  credential(input: string): Promise<Credential>;
  /** This node's state across runs of its agent (e.g. the feed items it has seen). */
  state: NodeState;
  /** The run owner's memory (texts with embeddings), shared by their agents. */
  memory: BlockMemory;
  /** The data tables of the run's workspace (rows with typed columns people edit in the app). */
  tables: BlockTables;
  /** The knowledge bases of the run's workspace (documents split into passages with embeddings), to retrieve from. */
  knowledge: BlockKnowledge;
  /** Records a model call's tokens and cost on this node run (and so on the graph run). */
  usage(usage: ModelUsage): void;
  /** The nodes linked from the block's tools output (empty for blocks without one). */
  tools: AgentTool[];
  /**
   * Every tool the block may call now: its tool nodes (`tools`), and the tools
   * its tool sources (an MCP server, say) offer, each listed by a node run.
   */
  listTools(): Promise<AgentTool[]>;
  /** Runs a tool node with these arguments as a node run of this graph run and returns what it yielded. */
  callTool(name: string, args: Record<string, unknown>): Promise<ToolResult>;
  /**
   * Asks the run's owner to decide, and resolves with the decision. The review is
   * persisted: a run resumed after a restart finds the review it opened, not a new one.
   */
  review(request: ReviewRequest): Promise<ReviewDecision>;
}
