import type { Box } from './free-spot.ts';
import { boxOf } from './free-spot.ts';

/**
 * A graph drawn as boxes and lines on one 2D canvas: what the editor shows zoomed far out (far-view.tsx),
 * where fields are unreadable and mounting hundreds of node elements per wheel step cost whole frames,
 * and what the minimap shows at every zoom. Drawing is a few paths however many nodes there are.
 */
/** Below this zoom a node's fields are a few pixels high: nodes show only their names and handles (block-node.tsx). */
const FAR_BELOW_ZOOM = 0.3;
export const isFar = (zoom: number): boolean => zoom < FAR_BELOW_ZOOM;

/**
 * Far out, a graph of more nodes than this is a sketch: the canvas mounts no node element (React Flow draws
 * none) and draws the sketch instead, which keeps zooming and panning thousands of nodes at full frame rate.
 * A smaller graph keeps its nodes, which stay cheap to draw and can be dragged.
 */
const SKETCH_ABOVE_NODES = 100;
export const drawnAsSketch = (zoom: number, nodeCount: number): boolean => isFar(zoom) && nodeCount > SKETCH_ABOVE_NODES;

export interface SketchNode extends Box {
  id: string;
  /** The node's status in the run shown, lower case (`completed`, `failed`, …), when it has one. */
  status?: string;
  selected?: boolean;
}

export interface Sketch {
  nodes: SketchNode[];
  /** Each link as the indexes of its source and target in `nodes`. */
  links: [number, number][];
}

/** The view a sketch is drawn in: flow coordinates at the canvas's top left, and pixels per flow unit. */
export interface SketchView {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/** Colours by role, read from the theme (sketchColors in far-view.tsx). */
export interface SketchColors {
  node: string;
  border: string;
  link: string;
  selected: string;
  /** Over what the minimap shows outside the view. */
  mask: string;
  status: Partial<Record<string, string>>;
}

/** The part of CanvasRenderingContext2D a sketch uses. */
export type SketchContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'rect' | 'moveTo' | 'bezierCurveTo' | 'fill' | 'stroke' | 'clearRect' | 'fillStyle' | 'strokeStyle' | 'lineWidth'
>;

/** What a sketch is made of: the canvas's nodes and links, and the run shown on them (the builder's state). */
interface SketchSource {
  nodes: readonly { id: string; position: { x: number; y: number }; measured?: { width?: number; height?: number }; selected?: boolean }[];
  edges: readonly { source: string; target: string }[];
  run?: { nodes: Readonly<Record<string, { status?: string } | undefined>> };
}

export function sketchOf({ nodes, edges, run }: SketchSource): Sketch {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const sketchNodes = nodes.map((n) => ({ id: n.id, ...boxOf(n), status: run?.nodes[n.id]?.status?.toLowerCase(), selected: n.selected === true }));
  const links: [number, number][] = [];
  for (const e of edges) {
    const from = index.get(e.source);
    const to = index.get(e.target);
    if (from !== undefined && to !== undefined) links.push([from, to]);
  }
  return { nodes: sketchNodes, links };
}

const overlaps = (box: Box, view: Box): boolean =>
  box.x < view.x + view.width && view.x < box.x + box.width && box.y < view.y + view.height && view.y < box.y + box.height;

/** The flow box a view shows. */
export const viewBox = (view: SketchView): Box => ({ x: view.x, y: view.y, width: view.width / view.zoom, height: view.height / view.zoom });

/**
 * Draws the sketch's nodes and links that fall in `view` (clearing it first) and returns how many nodes it drew.
 * Nodes are grouped by colour into one path each, and all links into one, so the cost is in the path, not in
 * canvas calls per node.
 */
export function drawSketch(ctx: SketchContext, sketch: Sketch, view: SketchView, colors: SketchColors): number {
  ctx.clearRect(0, 0, view.width, view.height);
  const shown = viewBox(view);
  const sx = (x: number) => (x - view.x) * view.zoom;
  const sy = (y: number) => (y - view.y) * view.zoom;

  ctx.beginPath();
  for (const [from, to] of sketch.links) {
    const a = sketch.nodes[from]!;
    const b = sketch.nodes[to]!;
    const x1 = a.x + a.width;
    const y1 = a.y + a.height / 2;
    const x2 = b.x;
    const y2 = b.y + b.height / 2;
    if (!overlaps({ x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1) + 1, height: Math.abs(y2 - y1) + 1 }, shown)) continue;
    // React Flow's default edge: a bezier leaving and entering horizontally.
    const bend = Math.max(Math.abs(x2 - x1) / 2, 40);
    ctx.moveTo(sx(x1), sy(y1));
    ctx.bezierCurveTo(sx(x1 + bend), sy(y1), sx(x2 - bend), sy(y2), sx(x2), sy(y2));
  }
  ctx.strokeStyle = colors.link;
  ctx.lineWidth = 1;
  ctx.stroke();

  const byFill = new Map<string, SketchNode[]>();
  const selected: SketchNode[] = [];
  let drawn = 0;
  for (const node of sketch.nodes) {
    if (!overlaps(node, shown)) continue;
    drawn++;
    const fill = (node.status && colors.status[node.status]) || colors.node;
    const group = byFill.get(fill);
    if (group) group.push(node);
    else byFill.set(fill, [node]);
    if (node.selected) selected.push(node);
  }
  const path = (nodes: SketchNode[]) => {
    ctx.beginPath();
    for (const n of nodes) ctx.rect(sx(n.x), sy(n.y), Math.max(n.width * view.zoom, 1), Math.max(n.height * view.zoom, 1));
  };
  for (const [fill, nodes] of byFill) {
    path(nodes);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = colors.border;
    ctx.stroke();
  }
  if (selected.length > 0) {
    path(selected);
    ctx.strokeStyle = colors.selected;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  return drawn;
}

export const MINIMAP_SIZE = { width: 200, height: 150 };
const MINIMAP_MARGIN = 0.05;

/** The minimap's own view: the graph and the part of it on screen, fitted and centred in the map. */
export function minimapView(graph: Box | undefined, shown: Box): SketchView {
  const left = Math.min(graph?.x ?? shown.x, shown.x);
  const top = Math.min(graph?.y ?? shown.y, shown.y);
  const right = Math.max(graph ? graph.x + graph.width : -Infinity, shown.x + shown.width);
  const bottom = Math.max(graph ? graph.y + graph.height : -Infinity, shown.y + shown.height);
  const zoom = Math.min(MINIMAP_SIZE.width / (right - left), MINIMAP_SIZE.height / (bottom - top)) * (1 - 2 * MINIMAP_MARGIN);
  return {
    x: (left + right) / 2 - MINIMAP_SIZE.width / zoom / 2,
    y: (top + bottom) / 2 - MINIMAP_SIZE.height / zoom / 2,
    zoom,
    ...MINIMAP_SIZE,
  };
}

/** The node drawn at a flow position (the topmost: the last drawn), if any. */
export function sketchNodeAt(sketch: Sketch, point: { x: number; y: number }): SketchNode | undefined {
  for (let i = sketch.nodes.length - 1; i >= 0; i--) {
    const n = sketch.nodes[i]!;
    if (point.x >= n.x && point.x <= n.x + n.width && point.y >= n.y && point.y <= n.y + n.height) return n;
  }
  return undefined;
}
