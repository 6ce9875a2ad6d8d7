import { Background, ControlButton, Controls, MiniMap, ReactFlow, useNodesInitialized, useReactFlow, useStore, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTheme } from '../ui/theme.ts';
import { BlockNode } from './block-node.tsx';
import { useBuilder } from './builder-store.ts';
import { fitGraph, minimapBand } from './canvas-view.ts';
import { boundsOf, boxOf } from './free-spot.ts';
import { minimapShown, setMinimapShown } from '../ui/preferences.ts';
import { Map as MapIcon, Maximize } from 'lucide-react';
import { openingView } from './opening-view.ts';
import { useAutoLayout } from './use-auto-layout.ts';
import { DRAG_MIME } from './palette.tsx';
import { markToolLinks } from './tool-links.ts';

const nodeTypes = { block: BlockNode };
const MOUNT_VIEW = { x: 0, y: 0, zoom: 1 };

/** Opens the view readable, on the graph's start (openingView), above the minimap. */
function showOpening(flow: Pick<ReactFlowInstance, 'setViewport' | 'getNodes'>): void {
  const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
  if (!canvas) return;
  const view = { width: canvas.width, height: Math.max(canvas.height - minimapBand(), canvas.height / 2) };
  void flow.setViewport(openingView(boundsOf(flow.getNodes().map(boxOf)), view));
}

/** Whether the view is still the one the canvas mounted with: no one (the user, a landing on a failed node) has set one. */
function atMountView(flow: Pick<ReactFlowInstance, 'getViewport'>): boolean {
  const { x, y, zoom } = flow.getViewport();
  return x === MOUNT_VIEW.x && y === MOUNT_VIEW.y && zoom === MOUNT_VIEW.zoom;
}

/** The graph on the canvas: drop blocks from the palette, connect, select, delete; opens on a readable view of the graph. */
export function BuilderCanvas() {
  const {
    nodes,
    edges: links,
    blocks,
    placed,
    onNodesChange,
    onEdgesChange,
    connect,
    checkpoint,
    addNode,
    viewing,
  } = useBuilder(
    useShallow((s) => ({
      nodes: s.nodes,
      edges: s.edges,
      blocks: s.blocks,
      placed: s.placed,
      onNodesChange: s.onNodesChange,
      onEdgesChange: s.onEdgesChange,
      connect: s.connect,
      checkpoint: s.checkpoint,
      addNode: s.addNode,
      viewing: s.viewing,
    })),
  );
  const edges = useMemo(() => markToolLinks(links, nodes, blocks), [links, nodes, blocks]);
  const flow = useReactFlow();
  const theme = useTheme();
  const measured = useNodesInitialized();
  // Only nodes in view are drawn (and measured): waiting for all of them would open a large graph only once
  // the user had moved over every part of it, and then jump. The opening view counts the rest at their estimated size.
  // Read on every change of React Flow's store (each frame of a pan): it stops at the first measured node, copying nothing.
  const someMeasured = useStore((s) => {
    for (const node of s.nodeLookup.values()) if (node.measured.width !== undefined) return true;
    return false;
  });
  const autoLayout = useAutoLayout();
  // An empty new graph keeps zoom 1 and its view, so the first block dropped in does not fill the screen.
  const opened = useRef(useBuilder.getState().nodes.length === 0);

  useEffect(() => {
    // A graph saved without positions is laid out once every node has its real size (they all sit in view then);
    // any other opens its view as soon as the nodes in view have theirs.
    if (opened.current) return;
    const needsLayout = useBuilder.getState().needsLayout;
    if (needsLayout ? !measured : !someMeasured) return;
    opened.current = true;
    if (needsLayout) return void autoLayout(false);
    // A view set before this one (Fit, a pan, a zoom, landing on a failed node) is kept: the opening only
    // replaces the view the canvas mounted with.
    if (atMountView(flow)) showOpening(flow);
  }, [measured, someMeasured, flow, autoLayout]);

  // Layouts shown by this canvas (a browser test waits on the count); one placed before it opened is not its own.
  const [shown, setShown] = useState(0);
  const [minimap, setMinimap] = useState(minimapShown);
  const lastPlaced = useRef(useBuilder.getState().placed.count);
  useEffect(() => {
    // Runs after the commit that moved the nodes, once React Flow (a child, whose effects run first) has them.
    if (placed.count === lastPlaced.current) return;
    lastPlaced.current = placed.count;
    // The opening layout (computed off the main thread) may land after the user set a view: the nodes
    // have all moved, so that view shows nothing they chose; the whole graph does.
    if (placed.byUser || !atMountView(flow)) fitGraph(flow);
    else showOpening(flow);
    setShown((count) => count + 1);
  }, [placed, flow]);

  const onSelectionChange = useCallback(
    ({ nodes: selected }: { nodes: { id: string }[] }) => useBuilder.getState().select(selected.length === 1 ? selected[0]!.id : undefined),
    [],
  );
  const onBeforeDelete = useCallback(async () => {
    useBuilder.getState().beforeDelete();
    return true;
  }, []);

  return (
    <div
      id="builder-canvas"
      className="canvas"
      tabIndex={-1}
      data-layouts={shown}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_MIME)) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
        }
      }}
      onDrop={(e) => {
        const blockId = e.dataTransfer.getData(DRAG_MIME);
        if (!blockId) return;
        e.preventDefault();
        addNode(blockId, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      }}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        colorMode={theme}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onBeforeDelete={onBeforeDelete}
        onConnect={(c) => void connect(c)}
        onNodeDragStart={() => checkpoint()}
        onSelectionChange={onSelectionChange}
        deleteKeyCode={viewing ? null : ['Delete', 'Backspace']}
        nodesDraggable={!viewing}
        nodesConnectable={!viewing}
        defaultViewport={MOUNT_VIEW}
        minZoom={0.05}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showFitView={false}>
          <ControlButton onClick={() => fitGraph(flow)} aria-label="Fit the whole graph" title="Fit the whole graph">
            <Maximize size={14} aria-hidden />
          </ControlButton>
          <ControlButton
            onClick={() => (setMinimapShown(!minimap), setMinimap(!minimap))}
            aria-label={minimap ? 'Hide the minimap' : 'Show the minimap'}
            title={minimap ? 'Hide the minimap' : 'Show the minimap'}
            aria-pressed={minimap}
          >
            <MapIcon size={14} aria-hidden />
          </ControlButton>
        </Controls>
        {minimap && <MiniMap pannable zoomable />}
      </ReactFlow>
    </div>
  );
}
