import type { CompiledGraph, CompiledNode } from './compiled-types.ts';
import type { NodeRunRecord } from './records.ts';
import { ReplayLog } from './replay-log.ts';
import { UnknownNodeError } from '../graph/unknown-node-error.ts';

/** A re-run from a node: the earlier run's node runs, and the node to run again with everything that depends on it. */
export interface RunReuse {
  /** The node runs of the run re-run, with their whole values. */
  records: NodeRunRecord[];
  fromNode: string;
}

/**
 * The nodes that re-run with `fromNode`: it, every node a link from it reaches (error routes and static
 * links too), the agent a tool node answers to, the tools of every agent that re-runs — the agent calls
 * them again with what its model asks now — and the agent of a tool whose output feeds a node that
 * re-runs: that output comes only when the agent calls the tool.
 */
export function rerunNodes(graph: CompiledGraph, fromNode: string): Set<string> {
  const start = graph.byId.get(fromNode);
  if (!start) throw new UnknownNodeError(fromNode);
  const agentsFeeding = new Map<CompiledNode, CompiledNode[]>();
  for (const tool of graph.nodes) {
    if (!tool.toolOf) continue;
    for (const deliveries of tool.outgoing.values()) {
      for (const { sink } of deliveries) agentsFeeding.set(sink, [...(agentsFeeding.get(sink) ?? []), tool.toolOf]);
    }
  }
  const reached = new Set<string>();
  const pending: CompiledNode[] = [start];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (reached.has(next.node.id)) continue;
    reached.add(next.node.id);
    for (const deliveries of next.outgoing.values()) for (const delivery of deliveries) pending.push(delivery.sink);
    if (next.toolOf) pending.push(next.toolOf);
    for (const tool of next.tools) pending.push(tool.compiled);
    pending.push(...(agentsFeeding.get(next) ?? []));
  }
  return reached;
}

/**
 * What a re-run from a node may take instead of running blocks: the earlier run's node runs of nodes that
 * do not re-run and still run the same block, that completed — or failed into a linked `error` output,
 * which replays that failure. A node run is taken only by one with the same inputs (ReplayLog).
 */
export function reuseLog(graph: CompiledGraph, reuse: RunReuse): ReplayLog {
  const rerun = rerunNodes(graph, reuse.fromNode);
  return new ReplayLog(reuse.records, (record) => {
    const node = graph.byId.get(record.nodeId);
    if (!node || rerun.has(record.nodeId) || node.block.id !== record.blockId) return false;
    return record.status === 'COMPLETED' || (record.status === 'FAILED' && node.errorHandled && record.error !== undefined);
  });
}
