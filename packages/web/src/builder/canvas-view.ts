import type { ReactFlowInstance, XYPosition } from '@xyflow/react';

/** The Fit button shows the whole graph, however small that makes it (opening a graph keeps it readable: openingView). */
export const WHOLE_FIT = { padding: 0.2, maxZoom: 1 };

/** The flow position at the middle of the visible canvas, where added and pasted nodes go. */
export function canvasCenter(flow: Pick<ReactFlowInstance, 'screenToFlowPosition'>): XYPosition {
  const bounds = document.querySelector('.canvas')?.getBoundingClientRect();
  return bounds ? flow.screenToFlowPosition({ x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 }) : { x: 0, y: 0 };
}
