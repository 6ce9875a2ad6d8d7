import { judgeGraph, singleNodeGraph, type BlockRegistry, type GraphFile, type GraphRunRecord, type RunTrigger, type StoredGraph } from '@blocksmith/engine';

/**
 * What a run of `version` executes: the version itself; a node run alone, that node cut out of it (rule 17);
 * a model judge of an evaluation of it, the judge's graph (recorded as a run of the agent it judges).
 */
export function runnableGraph(version: StoredGraph, trigger: RunTrigger | undefined, registry: BlockRegistry): StoredGraph | (GraphFile & { id?: string }) {
  if (trigger?.kind === 'node') return singleNodeGraph(version, trigger.nodeId, trigger.inputs, registry);
  // The judge's run keeps the agent's id, so it is found, listed and resumed as the agent's; it has no version of its own.
  if (trigger?.kind === 'evaluation' && trigger.judge) return { ...judgeGraph(trigger.judge), ...(version.id !== undefined ? { id: version.id } : {}) };
  return version;
}

/** The version a run executes: a node run alone records it in its trigger (its graph is not that version). */
export const versionOfRun = (run: Pick<GraphRunRecord, 'graphVersion' | 'trigger'>): number | undefined =>
  run.trigger?.kind === 'node' ? run.trigger.version : run.graphVersion;
