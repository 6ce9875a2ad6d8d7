import { Position, type NodeHandle } from '@xyflow/react';
import type { BlockManifest } from '../api/types.ts';
import type { BlockNode, LinkEdge } from './graph-conversion.ts';
import { NODE_SIZE } from './free-spot.ts';

/** Where a block node's first pin row puts its handle's top (header, id line, padding), and each next row's pitch. */
const FIRST_HANDLE_Y = 64;
const ROW_PITCH = 26;
const HANDLE_SIZE = 10;

/**
 * React Flow draws every node it has not measured, wherever it lies, to read its size and handles: opening a
 * graph of 10,000 nodes mounted all 10,000 once (17 s). A node not measured yet is given instead the typical
 * node's size and a handle per pin in its block's order (and per pin its links name), so React Flow draws only
 * the nodes in view; each is measured when it first comes into view, and its real size and handles replace
 * these. The estimate only places the far ends of links that leave the view.
 */
export function handleEstimator(
  edges: readonly LinkEdge[],
  blocks: ReadonlyMap<string, Pick<BlockManifest, 'inputSchema' | 'outputSchema'>>,
): (nodes: BlockNode[]) => BlockNode[] {
  const linkedPins = new Map<string, { inputs: Set<string>; outputs: Set<string> }>();
  const pinsOf = (id: string) => {
    let pins = linkedPins.get(id);
    if (!pins) linkedPins.set(id, (pins = { inputs: new Set(), outputs: new Set() }));
    return pins;
  };
  for (const edge of edges) {
    if (edge.targetHandle) pinsOf(edge.target).inputs.add(edge.targetHandle);
    if (edge.sourceHandle) pinsOf(edge.source).outputs.add(edge.sourceHandle);
  }
  // The same node object gets the same estimate object, so React Flow re-reads only the nodes that changed.
  const estimates = new WeakMap<BlockNode, BlockNode>();
  const estimate = (node: BlockNode): BlockNode => {
    const manifest = blocks.get(node.data.blockId);
    const linked = linkedPins.get(node.id);
    const inputs = new Set([...Object.keys(manifest?.inputSchema.properties ?? {}), ...(linked?.inputs ?? [])]);
    const outputs = new Set([...Object.keys(manifest?.outputSchema.properties ?? {}), ...(linked?.outputs ?? [])]);
    const handle = (id: string, row: number, type: 'source' | 'target'): NodeHandle => ({
      id,
      type,
      position: type === 'target' ? Position.Left : Position.Right,
      x: type === 'target' ? -HANDLE_SIZE / 2 : NODE_SIZE.width - HANDLE_SIZE / 2,
      y: FIRST_HANDLE_Y + row * ROW_PITCH,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    });
    return {
      ...node,
      initialWidth: NODE_SIZE.width,
      initialHeight: NODE_SIZE.height,
      handles: [...[...inputs].map((id, row) => handle(id, row, 'target')), ...[...outputs].map((id, row) => handle(id, row, 'source'))],
    };
  };
  return (nodes) =>
    nodes.map((node) => {
      if (node.measured?.width !== undefined) return node;
      let estimated = estimates.get(node);
      if (!estimated) estimates.set(node, (estimated = estimate(node)));
      return estimated;
    });
}
