import type { GraphFile } from '../api/types.ts';
import { freshNodeId, toFlow, toGraphLink, toGraphNode, type BlockNode, type LinkEdge } from './graph-conversion.ts';

/** What the clipboard carries between tabs: selected nodes and the links among them, in the graph file format. */
export interface GraphFragment {
  blocksmithFragment: 1;
  nodes: GraphFile['nodes'];
  links: GraphFile['links'];
}

export function toFragment(nodes: BlockNode[], edges: LinkEdge[]): GraphFragment {
  const ids = new Set(nodes.map((n) => n.id));
  return {
    blocksmithFragment: 1,
    nodes: nodes.map(toGraphNode),
    links: edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toGraphLink),
  };
}

export function parseFragment(text: string): GraphFragment | undefined {
  try {
    const value = JSON.parse(text) as Partial<GraphFragment>;
    return value.blocksmithFragment === 1 && Array.isArray(value.nodes) && Array.isArray(value.links) ? (value as GraphFragment) : undefined;
  } catch {
    return undefined;
  }
}

/** The fragment as new nodes and edges: fresh ids that do not clash with `taken`, positions shifted by `offset`. */
export function instantiateFragment(fragment: GraphFragment, taken: Set<string>, offset: { x: number; y: number }): { nodes: BlockNode[]; edges: LinkEdge[] } {
  const rename = new Map<string, string>();
  const used = new Set(taken);
  for (const node of fragment.nodes) {
    const id = freshNodeId(node.block, used);
    used.add(id);
    rename.set(node.id, id);
  }
  const flow = toFlow({
    nodes: fragment.nodes.map((n) => ({ ...n, id: rename.get(n.id)!, position: { x: (n.position?.x ?? 0) + offset.x, y: (n.position?.y ?? 0) + offset.y } })),
    links: fragment.links.map((l) => ({ ...l, from: { ...l.from, node: rename.get(l.from.node)! }, to: { ...l.to, node: rename.get(l.to.node)! } })),
  });
  return {
    nodes: flow.nodes.map((n) => ({ ...n, selected: true })),
    edges: flow.edges,
  };
}
