import type { Edge, Node } from '@xyflow/react';
import type { GraphFile } from '../api/types.ts';
import { layoutGraph } from './auto-layout.ts';

export interface BlockNodeData extends Record<string, unknown> {
  blockId: string;
  inputs: Record<string, unknown>;
  label?: string;
}

export type BlockNode = Node<BlockNodeData, 'block'>;
export type LinkEdge = Edge<{ static: boolean }>;

export const edgeId = (source: string, output: string, target: string, input: string): string => `${source}.${output}->${target}.${input}`;

/** A graph file as canvas nodes and edges; a graph with unplaced nodes is laid out. */
export function toFlow(graph: GraphFile): { nodes: BlockNode[]; edges: LinkEdge[] } {
  const layout = graph.nodes.some((n) => !n.position)
    ? layoutGraph(
        graph.nodes,
        graph.links.map((l) => ({ source: l.from.node, target: l.to.node })),
      )
    : undefined;
  const nodes = graph.nodes.map<BlockNode>((node) => ({
    id: node.id,
    type: 'block',
    position: node.position ?? layout?.get(node.id) ?? { x: 0, y: 0 },
    data: { blockId: node.block, inputs: { ...(node.inputs ?? {}) }, ...(node.label ? { label: node.label } : {}) },
  }));
  const edges = graph.links.map<LinkEdge>((link) => ({
    id: edgeId(link.from.node, link.from.output, link.to.node, link.to.input),
    source: link.from.node,
    sourceHandle: link.from.output,
    target: link.to.node,
    targetHandle: link.to.input,
    data: { static: link.static === true },
    ...(link.static ? { className: 'static-link', animated: false } : {}),
  }));
  return { nodes, edges };
}

/** Canvas nodes and edges back to a graph file; node order and positions are kept. */
export function toGraphFile(name: string, description: string | undefined, nodes: BlockNode[], edges: LinkEdge[]): GraphFile {
  return {
    schemaVersion: 1,
    name,
    ...(description ? { description } : {}),
    nodes: nodes.map((node) => ({
      id: node.id,
      block: node.data.blockId,
      ...(Object.keys(node.data.inputs).length ? { inputs: withoutEmpty(node.data.inputs) } : {}),
      position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
      ...(node.data.label ? { label: node.data.label } : {}),
    })),
    links: edges.map((edge) => ({
      from: { node: edge.source, output: edge.sourceHandle ?? '' },
      to: { node: edge.target, input: edge.targetHandle ?? '' },
      ...(edge.data?.static ? { static: true } : {}),
    })),
  };
}

function withoutEmpty(inputs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== undefined && value !== ''));
}

/** A node id not used yet, from the block id: `math_arithmetic_2`. */
export function freshNodeId(blockId: string, taken: Set<string>): string {
  const base = blockId.replace(/\./g, '_');
  for (let n = 1; ; n++) {
    const id = `${base}_${n}`;
    if (!taken.has(id)) return id;
  }
}
