import type { GraphRunRecord, NodeRunRecord } from '../run/records.ts';

/**
 * Where run state goes. Saves are fire-and-forget so the engine never waits
 * on a round-trip per node; implementations batch and `flush` at run end.
 *
 * The records passed in are live: the engine keeps changing the same objects
 * (status, outputs, times) after a save, and saves again at each change. So
 * a store may keep the object and write it later — what it writes is then the
 * record's state at that time, never older than the save — and may coalesce
 * saves of one record into one write; it serializes at write time and never
 * changes a record itself. After `flush` resolves, the state of every record
 * saved before it is durable.
 */
export interface RunStore {
  saveGraphRun(run: GraphRunRecord): void;
  saveNodeRun(nodeRun: NodeRunRecord): void;
  flush(): Promise<void>;
}

/** Holds the live records in memory; readers get the latest state. */
export class InMemoryRunStore implements RunStore {
  readonly graphRuns = new Map<string, GraphRunRecord>();
  private readonly nodeRuns = new Map<string, Map<string, NodeRunRecord>>();

  saveGraphRun(run: GraphRunRecord): void {
    this.graphRuns.set(run.id, run);
  }

  saveNodeRun(nodeRun: NodeRunRecord): void {
    let byRun = this.nodeRuns.get(nodeRun.graphRunId);
    if (!byRun) {
      byRun = new Map();
      this.nodeRuns.set(nodeRun.graphRunId, byRun);
    }
    byRun.set(nodeRun.id, nodeRun);
  }

  async flush(): Promise<void> {}

  nodeRunsOf(graphRunId: string): NodeRunRecord[] {
    return [...(this.nodeRuns.get(graphRunId)?.values() ?? [])];
  }
}
