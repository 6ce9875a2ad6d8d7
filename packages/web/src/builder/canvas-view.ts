import type { ReactFlowInstance, XYPosition } from '@xyflow/react';
import { boundsOf, boxOf, type Box } from './free-spot.ts';
import { fittingView } from './opening-view.ts';

import { minimapShown } from '../ui/preferences.ts';

/** The band along the canvas's bottom that the minimap (150 px tall, 15 px from the edge) covers while it is shown. */
export const minimapBand = (): number => (minimapShown() ? 170 : 0);

/**
 * Shows the whole graph, however small that makes it (opening a graph keeps it readable: openingView),
 * clear of the zoom controls on the left and, while it is shown, of the minimap, whose band along the
 * bottom it leaves free. Nodes not drawn yet (only those in view are) count at their estimated size.
 */
export function fitGraph(flow: Pick<ReactFlowInstance, 'getNodes' | 'setViewport'>): void {
  const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
  const nodes = flow.getNodes();
  if (!canvas || nodes.length === 0) return;
  void flow.setViewport(fittingView(boundsOf(nodes.map(boxOf)), canvas, { top: 32, right: 32, left: 64, bottom: minimapBand() + 16 }));
}

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
