import type { GraphRunRecord, NodeRunRecord } from '@blocksmith/engine';
import type { Platform } from '../platform/platform.ts';

/**
 * The node run a failed run failed at: the first failure in it that nothing handled — not one routed to
 * an `error` output, nor a tool's, which went back to its agent as the call's result (docs/semantics.md).
 */
export async function failedNodeRun(
  platform: Pick<Platform, 'store' | 'engine'>,
  workspaceId: string,
  run: GraphRunRecord,
): Promise<NodeRunRecord | undefined> {
  const graph = run.graphId ? await platform.store.graphs.version(workspaceId, run.graphId, run.graphVersion) : undefined;
  const compiled = graph ? platform.engine.prepare(graph.runnable) : undefined;
  const nodeRuns = await platform.store.runs.nodeRuns(run.id);
  return nodeRuns.find((r) => {
    if (r.status !== 'FAILED') return false;
    const node = compiled?.byId.get(r.nodeId);
    return !node || (!node.errorHandled && !node.toolOf);
  });
}
