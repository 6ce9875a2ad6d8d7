import type { JudgeSettings } from '../evaluation/judge-graph.ts';
import type { BlockErrorValue, UsageTotals } from '@blocksmith/sdk';

/** REVIEW: unfinished, and nothing in it can go on until a person decides a review. */
export type GraphRunStatus = 'QUEUED' | 'RUNNING' | 'REVIEW' | 'COMPLETED' | 'FAILED' | 'TERMINATED';
/** REVIEW: the block waits for a person's decision. */
export type NodeRunStatus = 'INCOMPLETE' | 'QUEUED' | 'RUNNING' | 'REVIEW' | 'COMPLETED' | 'FAILED' | 'TERMINATED';

/** One graph run: one graph version executed with one set of inputs. */
/** What started a run: a person in the app, a program through the API, a webhook call, a schedule's fire time, a re-run of another run, the copilot, or an MCP client. */
export type RunTrigger =
  /** `pins`: started in the editor with the agent's pinned outputs (docs/semantics.md rule 16). */
  | { kind: 'manual'; pins?: true }
  | { kind: 'api' }
  | { kind: 'webhook'; webhookId: string }
  | { kind: 'schedule'; scheduleId: string; fireTime: number }
  /** A message of a broker; `source` is the queue, topic, subject or stream it came on. */
  | { kind: 'message'; triggerId: string; broker: 'amqp' | 'mqtt' | 'nats' | 'redis'; source: string }
  /** `fromNode`: the run re-ran that node and what depends on it, and reused the rest of `runId` (docs/semantics.md). */
  | { kind: 'rerun'; runId: string; fromNode?: string }
  /** One node of `version` run alone with `inputs` for its pins (docs/semantics.md rule 17). */
  | { kind: 'node'; nodeId: string; version: number; inputs: Record<string, unknown> }
  | { kind: 'copilot'; sessionId: string }
  | { kind: 'mcp' }
  /** The agent's error agent, answering run `failedRunId` of the agent that names it, which failed (docs/publishing.md). */
  | { kind: 'error'; failedRunId: string }
  /** A visitor of the agent's app page (docs/publishing.md); `appId` names the app. */
  | { kind: 'app'; appId: string }
  /**
   * A case of an evaluation: the agent's run with the case's inputs; with `judge`, a model judge scoring
   * one of its outputs (its graph is built from these settings); with `scores`, an evaluator agent's run
   * scoring that output.
   */
  | { kind: 'evaluation'; evaluationId: string; caseId: string; judge?: JudgeSettings; scores?: string };

/** A limit on model use: in US dollars, in tokens (input and output), or both. */
export interface SpendLimit {
  costUsd?: number;
  tokens?: number;
}

/** Whose a thing a run makes is: the workspace it belongs to and the member it was made for. */
export interface RunOwner {
  workspaceId: string | undefined;
  userId: string | undefined;
}

/** The owner of what a run makes outside any workspace (the CLI, block examples). */
export const NO_OWNER: RunOwner = { workspaceId: undefined, userId: undefined };

export interface GraphRunRecord {
  id: string;
  graphId?: string;
  graphVersion?: number;
  graphName: string;
  /** The workspace whose agents, files, memories and credentials the run uses; sub-runs inherit it. The engine only passes it on. */
  workspaceId?: string;
  /** Who the run acts for: the member who started it, or whose trigger did; sub-runs inherit it. */
  userId?: string;
  parentRunId?: string;
  depth: number;
  status: GraphRunStatus;
  inputs: Record<string, unknown>;
  /** Values collected by Output blocks, by name, in arrival order. */
  outputs: Record<string, unknown[]>;
  error?: string;
  /** Model use of every node run, sub-runs included. */
  usage?: UsageTotals;
  /** What started the run; sub-runs have none (their parent run says). */
  trigger?: RunTrigger;
  /** The run's own budget, chosen when it started (an option of the start, or the agent's per-run budget). */
  budget?: SpendLimit;
  /** The run's own limit of node runs, chosen when it started; the engine's limit bounds it. */
  maxNodeRuns?: number;
  createdAt: number;
  startedAt?: number;
  endedAt?: number;
}

/** One invocation of one node's block with one complete set of inputs. */
export interface NodeRunRecord {
  id: string;
  graphRunId: string;
  nodeId: string;
  blockId: string;
  /** Order of creation within the graph run; node runs are listed by it. */
  seq: number;
  status: NodeRunStatus;
  /** Pins received so far; once queued, the assembled inputs the block runs with. */
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown[]>;
  error?: BlockErrorValue;
  /** Model use reported by the block (over all attempts) and by sub-runs it started. */
  usage?: UsageTotals;
  attempts: number;
  /** The node run of another run whose recorded result this one took instead of running its block (a re-run from a node). */
  reusedFrom?: string;
  /** What the block logged through `ctx.logger` (NODE_RUN_LOG_LINES lines at most, each cut short; secrets it was given redacted). */
  logs?: NodeRunLog[];
  /** Put out the node's pinned outputs instead of running its block (a run from the editor that uses pins). */
  pinned?: true;
  createdAt: number;
  queuedAt?: number;
  startedAt?: number;
  endedAt?: number;
}

/** One line a block logged. */
export interface NodeRunLog {
  at: number;
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

/** Lines a node run keeps of what its block logged, and how long each may be: a chatty block cannot grow its record without bound. */
export const NODE_RUN_LOG_LINES = 50;
export const NODE_RUN_LOG_CHARS = 2000;

/** A node run's id: unique across runs, and derived, so stores need not keep it. */
export const nodeRunId = (graphRunId: string, seq: number): string => `${graphRunId}.${seq}`;

const ENDED: ReadonlySet<string> = new Set(['COMPLETED', 'FAILED', 'TERMINATED']);

/** Whether a graph run or node run has ended: nothing about it changes any more. */
export const hasEnded = (status: GraphRunStatus | NodeRunStatus): boolean => ENDED.has(status);
