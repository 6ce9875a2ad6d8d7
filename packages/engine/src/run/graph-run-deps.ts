import type { BlockSettings, GraphRef, SubGraphResult } from '@blocksmith/sdk';
import type { Clock } from '../ports/clock.ts';
import type { CredentialStore } from '../ports/credential-store.ts';
import type { EventSink } from '../ports/events.ts';
import type { FileStore } from '../ports/file-store.ts';
import type { LogSink } from '../ports/logger.ts';
import type { MemoryStore } from '../ports/memory-store.ts';
import type { DataTables } from '../data-tables/data-tables.ts';
import type { KnowledgeStore } from '../ports/knowledge-store.ts';
import type { NodeStateStore } from '../ports/node-state.ts';
import type { ReviewDesk } from '../ports/review-desk.ts';
import type { RunStore } from '../ports/run-store.ts';
import type { ReplayLog } from './replay-log.ts';
import type { PinnedOutputs } from './pinned-outputs.ts';
import type { BudgetLimit } from './budget.ts';
import type { NodeRunLimit } from './node-run-limit.ts';

/** What a graph run needs from its surroundings. */
export interface GraphRunDeps {
  store: RunStore;
  events: EventSink;
  clock: Clock;
  log: LogSink;
  random: () => number;
  settings: BlockSettings;
  files: FileStore;
  credentials: CredentialStore;
  reviews: ReviewDesk;
  nodeState: NodeStateStore;
  memory: MemoryStore;
  tables: DataTables;
  knowledge: KnowledgeStore;
  maxConcurrency: number;
  nodeRunLimit: NodeRunLimit;
  maxOutputBytes: number;
  /** Completed node runs of an interrupted execution of this run, reused instead of run again. */
  replay?: ReplayLog;
  /** Node runs of another run this one re-runs from a node, taken when `replay` has none (rerun-plan.ts). */
  reuse?: ReplayLog;
  /** Outputs to put out instead of running these nodes' blocks (the editor's pinned outputs), by node id. */
  pins?: ReadonlyMap<string, PinnedOutputs>;
  /** The budgets the run's model use counts against: reaching one stops the run (run/budget.ts). */
  budgets?: readonly BudgetLimit[];
  runGraph(
    ref: GraphRef,
    inputs: Record<string, unknown>,
    parent: {
      runId: string;
      depth: number;
      signal: AbortSignal;
      workspaceId: string | undefined;
      userId: string | undefined;
      /** What the sub-run may still spend of the parent's budgets. */
      budgets: readonly BudgetLimit[] | undefined;
    },
  ): Promise<SubGraphResult>;
}
