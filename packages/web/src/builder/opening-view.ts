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
