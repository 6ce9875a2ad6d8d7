import type { Edge, Node } from '@xyflow/react';
import type { GraphFile, GraphLink, GraphNode } from '../api/types.ts';

export interface BlockNodeData extends Record<string, unknown> {
  blockId: string;
  inputs: Record<string, unknown>;
  label?: string;
  /** The node's retry and timeout policy, as in the graph file. */
  options?: NonNullable<GraphNode['options']>;
  /** The file said `inputs: {}`; kept so that a file comes back exactly as it was read. */
  emptyInputs?: true;
}

export type BlockNode = Node<BlockNodeData, 'block'>;
/** `static` is absent when the file did not say, so `static: false` and no flag both survive a save. */
export type LinkEdge = Edge<{ static?: boolean }>;

const UNPLACED_SPACING = 300;

export const edgeId = (source: string, output: string, target: string, input: string): string => `${source}.${output}->${target}.${input}`;

/**
 * A graph file as canvas nodes and edges. Unplaced nodes go in a row for
 * now: the canvas lays the graph out once it has measured them.
 */
export function toFlow(graph: Pick<GraphFile, 'nodes' | 'links'>): { nodes: BlockNode[]; edges: LinkEdge[] } {
  const nodes = graph.nodes.map<BlockNode>((node, index) => ({
    id: node.id,
    type: 'block',
    position: node.position ?? { x: index * UNPLACED_SPACING, y: 0 },
    data: {
      blockId: node.block,
      inputs: { ...(node.inputs ?? {}) },
      ...(node.label !== undefined ? { label: node.label } : {}),
      ...(node.options ? { options: node.options } : {}),
      ...(node.inputs && Object.keys(node.inputs).length === 0 ? { emptyInputs: true as const } : {}),
    },
  }));
  return { nodes, edges: graph.links.map(toEdge) };
}

function toEdge(link: GraphLink): LinkEdge {
  return {
    id: edgeId(link.from.node, link.from.output, link.to.node, link.to.input),
    source: link.from.node,
    sourceHandle: link.from.output,
    target: link.to.node,
    targetHandle: link.to.input,
    data: link.static === undefined ? {} : { static: link.static },
    ...(link.static ? { className: 'static-link', animated: false } : {}),
  };
}

/** One canvas node as a graph file node: every field it was read with, changed only where the user changed it. */
export function toGraphNode(node: BlockNode): GraphNode {
  const { blockId, inputs, label, options, emptyInputs } = node.data;
  return {
    id: node.id,
    block: blockId,
    ...(Object.keys(inputs).length > 0 || emptyInputs ? { inputs } : {}),
    position: { x: node.position.x, y: node.position.y },
    ...(label !== undefined ? { label } : {}),
    ...(options ? { options } : {}),
  };
}

export function toGraphLink(edge: LinkEdge): GraphLink {
  return {
    from: { node: edge.source, output: edge.sourceHandle ?? '' },
    to: { node: edge.target, input: edge.targetHandle ?? '' },
    ...(edge.data?.static !== undefined ? { static: edge.data.static } : {}),
  };
}

/** Canvas nodes and edges back to a graph file; node and link order are kept. */
export function toGraphFile(name: string, description: string | undefined, nodes: BlockNode[], edges: LinkEdge[]): GraphFile {
  return {
    schemaVersion: 1,
    name,
    ...(description !== undefined ? { description } : {}),
    nodes: nodes.map(toGraphNode),
    links: edges.map(toGraphLink),
  };
}

/** A node id not used yet, from the block id: `math_arithmetic_2`. */
export function freshNodeId(blockId: string, taken: Set<string>): string {
  const base = blockId.replace(/\./g, '_');
  for (let n = 1; ; n++) {
    const id = `${base}_${n}`;
    if (!taken.has(id)) return id;
  }
}
