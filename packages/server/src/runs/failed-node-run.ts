import type { GraphRunRecord, NodeRunRecord } from '@blocksmith/engine';
import type { Platform } from '../platform/platform.ts';

/**
 * The node run a failed run failed at: the first failure in it that nothing handled — not one routed to
 * an `error` output, nor a tool's, which went back to its agent as the call's result (docs/semantics.md).
 */
export async function failedNodeRun(
  platform: Pick<Platform, 'store' | 'engine'>,
  workspaceId: string,
  run: Pick<GraphRunRecord, 'id' | 'graphId' | 'graphVersion'>,
): Promise<NodeRunRecord | undefined> {
  const graph = run.graphId ? await platform.store.graphs.version(workspaceId, run.graphId, run.graphVersion) : undefined;
  const compiled = graph ? platform.engine.prepare(graph.runnable) : undefined;
  // The failed node runs by seq, each as last saved; a run of a million node runs has few of them.
  const failed = new Map<number, NodeRunRecord>();
  await platform.store.runs.scanNodeRuns(run.id, (sighting) => {
    if (sighting.status === 'FAILED') failed.set(sighting.seq, sighting.record());
    else failed.delete(sighting.seq);
  });
  return [...failed.values()]
    .sort((a, b) => a.seq - b.seq)
    .find((r) => {
      const node = compiled?.byId.get(r.nodeId);
      return !node || (!node.errorHandled && !node.toolOf);
    });
}
