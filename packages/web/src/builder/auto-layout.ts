import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

/** A pin of a node where links attach, at its measured place relative to the node's corner. */
export interface LayoutPort {
  id: string;
  side: 'in' | 'out';
  x: number;
  y: number;
}

export interface LayoutNode {
  id: string;
  width?: number | undefined;
  height?: number | undefined;
  ports?: LayoutPort[];
}

export interface LayoutEdge {
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
}

const DEFAULT_WIDTH = 260;
const DEFAULT_HEIGHT = 160;

/** ELK's layered algorithm, left to right, links routed between the pins they join (which stay where the node draws them). */
const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.nodeNode': '40',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

const portId = (node: string, side: LayoutPort['side'], pin: string): string => `${node}\u0000${side}\u0000${pin}`;

/** What computes the layout: ELK's API, in the app run in a web worker (elk-in-worker.ts). */
export type ElkLayouter = Pick<ELK, 'layout'>;

/**
 * Places the nodes with ELK (layered, ports fixed where the node draws its
 * pins, so links cross as little as the pins allow). ELK (1.6 MB) loads the
 * first time it is needed, not with the app, and works in a web worker.
 */
export async function layoutGraph(nodes: LayoutNode[], edges: LayoutEdge[], elk?: ElkLayouter): Promise<Map<string, { x: number; y: number }>> {
  const layouter = elk ?? (await import('./elk-in-worker.ts')).elkInWorker();
  const known = new Set(nodes.map((n) => n.id));
  const ports = new Set(nodes.flatMap((n) => (n.ports ?? []).map((p) => portId(n.id, p.side, p.id))));
  const children: ElkNode[] = nodes.map((node) => ({
    id: node.id,
    width: node.width ?? DEFAULT_WIDTH,
    height: node.height ?? DEFAULT_HEIGHT,
    layoutOptions: { 'elk.portConstraints': node.ports?.length ? 'FIXED_POS' : 'FREE' },
    ports: (node.ports ?? []).map((port) => ({
      id: portId(node.id, port.side, port.id),
      x: port.x,
      y: port.y,
      width: 1,
      height: 1,
      layoutOptions: { 'elk.port.side': port.side === 'in' ? 'WEST' : 'EAST' },
    })),
  }));
  // A link ends at its pin when the pin was measured, otherwise at the node.
  const end = (node: string, side: LayoutPort['side'], pin: string | null | undefined): string =>
    pin != null && ports.has(portId(node, side, pin)) ? portId(node, side, pin) : node;
  const links: ElkExtendedEdge[] = edges
    .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target)
    .map((e, i) => ({ id: `link${i}`, sources: [end(e.source, 'out', e.sourceHandle)], targets: [end(e.target, 'in', e.targetHandle)] }));
  const laidOut = await layouter.layout({ id: 'graph', layoutOptions: LAYERED, children, edges: links });
  return new Map((laidOut.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
}
