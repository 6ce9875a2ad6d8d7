export interface LayoutNode {
  id: string;
  width?: number;
  height?: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

const COLUMN_GAP = 90;
const ROW_GAP = 40;
const DEFAULT_WIDTH = 260;
const DEFAULT_HEIGHT = 160;

/**
 * Layered left-to-right layout: a node's column is the longest path to it,
 * rows keep the order of the graph file; columns are centred on each other.
 */
export function layoutGraph(nodes: LayoutNode[], edges: LayoutEdge[]): Map<string, { x: number; y: number }> {
  const incoming = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const edge of edges) incoming.get(edge.target)?.push(edge.source);
  const column = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const value = Math.max(-1, ...(incoming.get(id) ?? []).map((source) => depth(source, seen))) + 1;
    column.set(id, value);
    return value;
  };
  for (const node of nodes) depth(node.id, new Set());

  const columns = new Map<number, LayoutNode[]>();
  for (const node of nodes) {
    const c = column.get(node.id) ?? 0;
    columns.set(c, [...(columns.get(c) ?? []), node]);
  }
  const heightOf = (list: LayoutNode[]) => list.reduce((sum, n) => sum + (n.height ?? DEFAULT_HEIGHT) + ROW_GAP, -ROW_GAP);
  const tallest = Math.max(...[...columns.values()].map(heightOf));
  const widths = new Map([...columns.entries()].map(([c, list]) => [c, Math.max(...list.map((n) => n.width ?? DEFAULT_WIDTH))]));
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  for (const c of [...columns.keys()].sort((a, b) => a - b)) {
    const list = columns.get(c)!;
    let y = (tallest - heightOf(list)) / 2;
    for (const node of list) {
      positions.set(node.id, { x, y });
      y += (node.height ?? DEFAULT_HEIGHT) + ROW_GAP;
    }
    x += widths.get(c)! + COLUMN_GAP;
  }
  return positions;
}
