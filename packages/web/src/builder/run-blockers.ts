import type { BlockManifest } from '../api/types.ts';
import type { BuilderState } from './builder-store.ts';
import type { BlockNode } from './graph-conversion.ts';

/**
 * What keeps the graph on the canvas from running no matter what is typed: nodes whose block this server
 * does not have — or that it is an older version, shown for its run. Each is named with the server's own message (which says which block was likely meant)
 * when the last save or load reported it.
 */
export function runBlockers(
  nodes: BlockNode[],
  blocks: Map<string, BlockManifest>,
  issues: BuilderState['issues'],
  viewing?: BuilderState['viewing'],
): string[] {
  // Run runs the latest version: while an older one is shown for its run, Run would run something else.
  if (viewing) return [`Version ${viewing.version} is shown for its run; go back to the latest version to run the agent.`];
  return nodes
    .filter((node) => !blocks.has(node.data.blockId))
    .map((node) => issues[node.id]?.find((issue) => issue.code === 'unknown_block')?.message ?? unknownBlockProblem(node.id, node.data.blockId));
}

/** What keeps a node with an unknown block from running, until the server's check (with its "did you mean") says it better. */
export const unknownBlockProblem = (nodeId: string, blockId: string): string =>
  `Node "${nodeId}" uses unknown block "${blockId}": replace it with a known block.`;
