import type { BlockErrorValue, ProgressUpdate, UsageTotals } from '@blocksmith/sdk';
import type { GraphRunStatus, NodeRunStatus } from '../run/records.ts';

interface RunEventBase {
  runId: string;
  graphId?: string;
  at: number;
}

export interface GraphRunStatusEvent extends RunEventBase {
  type: 'graph_run.status';
  status: GraphRunStatus;
  /** The run's workspace: the server tells its members' runs monitors. */
  workspaceId?: string;
  /** Who the run acts for. */
  userId?: string;
  error?: string;
  usage?: UsageTotals;
}

export interface NodeRunStatusEvent extends RunEventBase {
  type: 'node_run.status';
  nodeRunId: string;
  nodeId: string;
  blockId: string;
  status: NodeRunStatus;
  attempt: number;
  /** On the final status (COMPLETED, FAILED, TERMINATED) of a node run that started. */
  startedAt?: number;
  error?: BlockErrorValue;
  usage?: UsageTotals;
  /** On the final status of a node run that took another run's recorded result instead of running (NodeRunRecord.reusedFrom). */
  reusedFrom?: string;
  /** On the final status of a node run that put out its node's pinned outputs (NodeRunRecord.pinned). */
  pinned?: true;
}

export interface NodeRunOutputEvent extends RunEventBase {
  type: 'node_run.output';
  nodeRunId: string;
  nodeId: string;
  output: string;
  /** Which value of this output of the node run it is, from 0 (an output may put out several). */
  index: number;
  value: unknown;
}

export interface NodeRunProgressEvent extends RunEventBase {
  type: 'node_run.progress';
  nodeRunId: string;
  nodeId: string;
  progress: ProgressUpdate;
}

/** A node run opened a review and waits for the run's owner to decide it. */
export interface ReviewPendingEvent extends RunEventBase {
  type: 'review.pending';
  reviewId: string;
  /** The run's workspace, whose members decide it: the server tells their Reviews inboxes. */
  workspaceId?: string;
  /** Who the run acts for. */
  userId?: string;
  nodeRunId: string;
  nodeId: string;
}

/** A person decided a review. Published by the server that recorded the decision (the engine learns of it through its desk). */
export interface ReviewDecidedEvent extends RunEventBase {
  type: 'review.decided';
  reviewId: string;
  workspaceId?: string;
  userId?: string;
  decision: 'approve' | 'reject';
}

export type RunEvent = GraphRunStatusEvent | NodeRunStatusEvent | NodeRunOutputEvent | NodeRunProgressEvent | ReviewPendingEvent | ReviewDecidedEvent;

/** Where the engine publishes run events; the server fans them out to WebSockets. */
export interface EventSink {
  publish(event: RunEvent): void;
  /**
   * Whether anyone would receive this run's `node_run.output` events now.
   * Only watchers of a run read its values as they come, and building an
   * event per value is a real part of a run's cost; when this says false the
   * engine skips them (the values stay in the records). Absent: always build.
   */
  wantsOutputs?(runId: string, graphId: string | undefined): boolean;
}

/**
 * Synchronous in-process bus: listeners see events in publish order. A
 * listener that throws is reported and skipped; it cannot break a run.
 */
export class InMemoryEventBus implements EventSink {
  private readonly listeners = new Set<(event: RunEvent) => void>();

  constructor(private readonly onListenerError: (error: unknown, event: RunEvent) => void = reportListenerError) {}

  publish(event: RunEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error, event);
      }
    }
  }

  subscribe(listener: (event: RunEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function reportListenerError(error: unknown, event: RunEvent): void {
  process.stderr.write(`An event listener failed on ${event.type} of run ${event.runId}: ${String(error)}\n`);
}
