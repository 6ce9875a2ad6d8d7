import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { layoutGraph, type LayoutPort } from './auto-layout.ts';
import { useBuilder } from './builder-store.ts';

/**
 * Lays the graph out with the nodes' measured sizes and pins (from React
 * Flow's handle bounds), then places them; `byUser` makes it one undo step.
 */
export function useAutoLayout(): (byUser: boolean) => Promise<void> {
  const flow = useReactFlow();
  return useCallback(
    async (byUser: boolean) => {
      const { nodes, edges } = useBuilder.getState();
      const measured = nodes.map((node) => {
        const bounds = flow.getInternalNode(node.id)?.internals.handleBounds;
        const ports: LayoutPort[] = [
          ...(bounds?.target ?? []).map((h) => ({ id: h.id ?? '', side: 'in' as const, x: h.x + h.width / 2, y: h.y + h.height / 2 })),
          ...(bounds?.source ?? []).map((h) => ({ id: h.id ?? '', side: 'out' as const, x: h.x + h.width / 2, y: h.y + h.height / 2 })),
        ];
        return { id: node.id, width: node.measured?.width, height: node.measured?.height, ports };
      });
      useBuilder.getState().placeNodes(await layoutGraph(measured, edges), byUser);
    },
    [flow],
  );
}
