import type { ReactFlowInstance, XYPosition } from '@xyflow/react';
import type { Box } from './free-spot.ts';

/** The Fit button shows the whole graph, however small that makes it (opening a graph keeps it readable: openingView). */
export const WHOLE_FIT = { padding: 0.2, maxZoom: 1 };

/** The flow position at the middle of the visible canvas, where added and pasted nodes go. */
export function canvasCenter(flow: Pick<ReactFlowInstance, 'screenToFlowPosition'>): XYPosition {
  const bounds = document.querySelector('.canvas')?.getBoundingClientRect();
  return bounds ? flow.screenToFlowPosition({ x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 }) : { x: 0, y: 0 };
}

/** The part of the flow the canvas shows now, where added and pasted nodes are seen. */
export function visibleFlowBox(flow: Pick<ReactFlowInstance, 'screenToFlowPosition'>): Box | undefined {
  const bounds = document.querySelector('.canvas')?.getBoundingClientRect();
  if (!bounds) return undefined;
  const topLeft = flow.screenToFlowPosition({ x: bounds.left, y: bounds.top });
  const bottomRight = flow.screenToFlowPosition({ x: bounds.right, y: bounds.bottom });
  return { ...topLeft, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
}
