import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBuilder } from './builder-store.ts';
import { boxOf } from './free-spot.ts';
import { READABLE_ZOOM } from './opening-view.ts';
import { failingNode } from './run-view.ts';

/**
 * A run on the canvas that failed — opened from History or the Runs monitor, or watched live — lands on
 * the node it failed at: once per run, that node is selected (its settings and latest values show) and
 * brought to the middle of the view at a readable zoom.
 */
export function useLandOnFailure(flow: Pick<ReactFlowInstance, 'setCenter' | 'getZoom' | 'getInternalNode'>): void {
  const landed = useRef<string | undefined>(undefined);
  const { runId, status } = useBuilder(useShallow((s) => ({ runId: s.run?.runId, status: s.run?.status })));
  useEffect(() => {
    const { run, nodes, select } = useBuilder.getState();
    if (!run || status !== 'FAILED' || landed.current === runId) return;
    const failed = failingNode(
      run,
      nodes.map((n) => n.id),
    );
    if (!failed) return;
    landed.current = runId;
    select(failed);
    const node = flow.getInternalNode(failed);
    if (!node) return;
    const box = boxOf({ position: node.internals.positionAbsolute, measured: node.measured });
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(flow.getZoom(), READABLE_ZOOM) });
  }, [runId, status, flow]);
}
