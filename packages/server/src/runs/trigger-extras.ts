import type { PinnedOutputs, RunReuse, RunTrigger } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';

/** What a run's execution takes beyond its graph and inputs, as its trigger says. */
export interface TriggerExtras {
  /** A re-run from a node: the node runs of the run it re-runs. */
  reuse?: RunReuse;
  /** A run from the editor with pins: the agent's pinned outputs, by node. */
  pins?: Record<string, PinnedOutputs>;
}

/**
 * Read where the run executes — this process or a worker, at its start or when it resumes — so a queued
 * run carries only its trigger, and both ways of executing take the same things.
 */
export async function triggerExtras(store: Store, workspaceId: string, graphId: string, trigger: RunTrigger | undefined): Promise<TriggerExtras> {
  if (trigger?.kind === 'rerun' && trigger.fromNode !== undefined) {
    return { reuse: { fromNode: trigger.fromNode, records: await store.runs.nodeRunsWhole(trigger.runId, workspaceId) } };
  }
  if (trigger?.kind === 'manual' && trigger.pins) {
    const pins = await store.pins.list(workspaceId, graphId);
    return pins?.length ? { pins: Object.fromEntries(pins.map((pin) => [pin.nodeId, pin.outputs])) } : {};
  }
  return {};
}
