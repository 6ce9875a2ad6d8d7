import { singleNodeGraph, type BlockRegistry, type GraphFile, type GraphRunRecord, type RunTrigger, type StoredGraph } from '@blocksmith/engine';

/** What a run of `version` executes: the version itself, or — a node run alone — that node cut out of it (rule 17). */
export function runnableGraph(version: StoredGraph, trigger: RunTrigger | undefined, registry: BlockRegistry): StoredGraph | (GraphFile & { id?: string }) {
  return trigger?.kind === 'node' ? singleNodeGraph(version, trigger.nodeId, trigger.inputs, registry) : version;
}

/** The version a run executes: a node run alone records it in its trigger (its graph is not that version). */
export const versionOfRun = (run: Pick<GraphRunRecord, 'graphVersion' | 'trigger'>): number | undefined =>
  run.trigger?.kind === 'node' ? run.trigger.version : run.graphVersion;
