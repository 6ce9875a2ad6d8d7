/** The least zoom at which node text stays readable (11 px labels show at 8 px). */
export const READABLE_ZOOM = 0.75;
const PADDING = 40;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a graph opens: all of it when it fits at a readable zoom (at most 1), centred; otherwise at
 * the readable zoom on its start — flows read left to right, so the first nodes are what to show —
 * and vertically centred, or from its top when it is taller than the view too.
 */
export function openingView(graph: Rect, view: { width: number; height: number }): { x: number; y: number; zoom: number } {
  const fitting = Math.min(1, (view.width - 2 * PADDING) / Math.max(graph.width, 1), (view.height - 2 * PADDING) / Math.max(graph.height, 1));
  const zoom = Math.max(fitting, READABLE_ZOOM);
  const across = (size: number, extent: number, start: number) =>
    extent * zoom <= size - 2 * PADDING ? (size - extent * zoom) / 2 - start * zoom : PADDING - start * zoom;
  return { x: across(view.width, graph.width, graph.x), y: across(view.height, graph.height, graph.y), zoom };
}

export interface Sides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The least zoom the canvas allows. */
export const MIN_ZOOM = 0.05;

/** The whole graph, centred in the view less `padding` on each side, magnified at most to `maxZoom`. */
export function fittingView(graph: Rect, view: { width: number; height: number }, padding: Sides, maxZoom = 1): { x: number; y: number; zoom: number } {
  const width = Math.max(view.width - padding.left - padding.right, 1);
  const height = Math.max(view.height - padding.top - padding.bottom, 1);
  const zoom = Math.max(MIN_ZOOM, Math.min(maxZoom, width / Math.max(graph.width, 1), height / Math.max(graph.height, 1)));
  return {
    x: padding.left + (width - graph.width * zoom) / 2 - graph.x * zoom,
    y: padding.top + (height - graph.height * zoom) / 2 - graph.y * zoom,
    zoom,
  };
}
