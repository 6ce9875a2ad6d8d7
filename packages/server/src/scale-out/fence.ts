import type { EventSink, GraphRunRecord, NodeRunRecord, RunStore } from '@blocksmith/engine';

/**
 * Cuts a run off from the store and the event bus once this worker no longer
 * holds it (its lease was lost, or it handed the run back on shutdown), so it
 * cannot overwrite what the worker that took the run over writes.
 */
export class Fence {
  private revoked = false;

  revoke(): void {
    this.revoked = true;
  }

  store(inner: RunStore): RunStore {
    return {
      saveGraphRun: (run: GraphRunRecord) => (this.revoked ? undefined : inner.saveGraphRun(run)),
      saveNodeRun: (run: NodeRunRecord) => (this.revoked ? undefined : inner.saveNodeRun(run)),
      flush: () => inner.flush(),
    };
  }

  events(inner: EventSink): EventSink {
    return {
      publish: (event) => (this.revoked ? undefined : inner.publish(event)),
      ...(inner.wantsOutputs ? { wantsOutputs: (runId, graphId) => !this.revoked && inner.wantsOutputs!(runId, graphId) } : {}),
    };
  }
}
