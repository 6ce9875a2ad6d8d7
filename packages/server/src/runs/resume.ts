import type { GraphRunRecord, NodeRunRecord, RunReuse, StoredGraph } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';

/**
 * What an interrupted run resumes from: its graph version and recorded node
 * runs, whose rows are replaced as it goes — and, for a re-run from a node,
 * the node runs of the run it re-runs. Sub-runs, and runs whose graph is
 * gone, are closed instead — a parent's node starts its sub-run afresh.
 * A run still QUEUED starts here, and this is how a worker finds what a
 * re-run from a node reuses.
 */
export async function resumableRun(
  store: Store,
  run: GraphRunRecord,
): Promise<{ graph: StoredGraph; recorded: NodeRunRecord[]; reuse?: RunReuse } | undefined> {
  const version = run.userId && run.graphId ? await store.graphs.version(run.userId, run.graphId, run.graphVersion) : undefined;
  if (run.parentRunId || !version) {
    const error = run.parentRunId ? 'Interrupted; the parent run starts it again.' : 'This run was interrupted and its graph no longer exists.';
    store.runStore.saveGraphRun({ ...run, status: run.parentRunId ? 'TERMINATED' : 'FAILED', endedAt: Date.now(), error });
    return undefined;
  }
  const graph = version.runnable;
  const { trigger } = run;
  const reuse =
    trigger?.kind === 'rerun' && trigger.fromNode !== undefined
      ? { fromNode: trigger.fromNode, records: await store.runs.nodeRunsWhole(trigger.runId, run.userId) }
      : undefined;
  // A run still QUEUED has recorded nothing: its RUNNING status is written with (or before) its first node runs.
  if (run.status === 'QUEUED') return { graph, recorded: [], ...(reuse ? { reuse } : {}) };
  const recorded = await store.runs.nodeRunsWhole(run.id, run.userId);
  store.runStore.resetNodeRuns(run.id);
  return { graph, recorded, ...(reuse ? { reuse } : {}) };
}

/** Records a stop for a run no process is executing. */
export async function recordStopped(store: Store, run: GraphRunRecord): Promise<GraphRunRecord> {
  const stopped: GraphRunRecord = { ...run, status: 'TERMINATED', endedAt: Date.now(), error: 'Stopped by the user.' };
  store.runStore.saveGraphRun(stopped);
  await store.runStore.flush();
  return stopped;
}
