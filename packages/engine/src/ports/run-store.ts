import type { GraphRunRecord, NodeRunRecord } from '../run/records.ts';

/**
 * Where run state goes. Saves are fire-and-forget so the engine never waits
 * on a round-trip per node; implementations batch and `flush` at run end.
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
