import type { BlockManifest } from '../api/types.ts';
import type { BlockNode, LinkEdge } from './graph-conversion.ts';

/** Marks links leaving an agent's tools output, which name tools instead of carrying values, so the canvas draws them apart. */
export function markToolLinks(edges: LinkEdge[], nodes: BlockNode[], blocks: Map<string, BlockManifest>): LinkEdge[] {
  const toolsOutputOf = new Map<string, string>();
  for (const node of nodes) {
    const toolsOutput = blocks.get(node.data.blockId)?.toolsOutput;
    if (toolsOutput) toolsOutputOf.set(node.id, toolsOutput);
  }
  if (toolsOutputOf.size === 0) return edges;
  return edges.map((edge) => (toolsOutputOf.get(edge.source) === edge.sourceHandle ? { ...edge, className: 'tool-link' } : edge));
}
