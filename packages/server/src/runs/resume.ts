import type { BlockRegistry, BudgetLimit, GraphRunRecord, NodeRunRecord, SpendLimit } from '@blocksmith/engine';
import { budgetsFor } from '../budgets/run-budgets.ts';
import { runnableGraph, versionOfRun } from './runnable-graph.ts';
import type { Store } from '@blocksmith/store';
import { triggerExtras, type TriggerExtras } from './trigger-extras.ts';

/**
 * What an interrupted run resumes from: its graph version and recorded node
 * runs, whose rows are replaced as it goes, and what its trigger asks for
 * (trigger-extras.ts). Sub-runs, and runs whose graph is gone, are closed
 * instead — a parent's node starts its sub-run afresh. A worker starts a
 * queued run from here too.
 */
export async function resumableRun(
  store: Store,
  registry: BlockRegistry,
  run: GraphRunRecord,
  operatorMonthly: SpendLimit | undefined,
): Promise<({ graph: ReturnType<typeof runnableGraph>; recorded: NodeRunRecord[]; budgets: BudgetLimit[] } & TriggerExtras) | undefined> {
  const version = run.workspaceId && run.graphId ? await store.graphs.version(run.workspaceId, run.graphId, versionOfRun(run)) : undefined;
  if (run.parentRunId || !version) {
    const error = run.parentRunId ? 'Interrupted; the parent run starts it again.' : 'This run was interrupted and its graph no longer exists.';
    store.runStore.saveGraphRun({ ...run, status: run.parentRunId ? 'TERMINATED' : 'FAILED', endedAt: Date.now(), error });
    return undefined;
  }
  const graph = runnableGraph(version.runnable, run.trigger, registry);
  const extras = await triggerExtras(store, run.workspaceId!, run.graphId!, run.trigger);
  // Counted again from the database: what the budgets' periods spent may have grown while the run waited.
  const budgets = await budgetsFor(store, operatorMonthly, {
    id: run.id,
    graphId: run.graphId!,
    agent: version.summary.budget,
    userId: run.userId,
    budget: run.budget,
    trigger: run.trigger,
  });
  // A run still QUEUED has recorded nothing: its RUNNING status is written with (or before) its first node runs.
  if (run.status === 'QUEUED') return { graph, recorded: [], budgets, ...extras };
  const recorded = await store.runs.nodeRunsWhole(run.id, run.workspaceId);
  store.runStore.resetNodeRuns(run.id);
  return { graph, recorded, budgets, ...extras };
}

/** Records a stop for a run no process is executing. */
export async function recordStopped(store: Store, run: GraphRunRecord): Promise<GraphRunRecord> {
  const stopped: GraphRunRecord = { ...run, status: 'TERMINATED', endedAt: Date.now(), error: 'Stopped by the user.' };
  store.runStore.saveGraphRun(stopped);
  await store.runStore.flush();
  return stopped;
}
