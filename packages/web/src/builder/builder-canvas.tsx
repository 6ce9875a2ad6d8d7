import { Background, ControlButton, Controls, ReactFlow, useNodesInitialized, useReactFlow, useStore, type ReactFlowInstance } from '@xyflow/react';
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
import { READABLE_ZOOM, openingView } from './opening-view.ts';
import { FarView } from './far-view.tsx';
import { drawnAsSketch, sketchNodeAt, sketchOf } from './graph-sketch.ts';
import { SketchMinimap } from './sketch-minimap.tsx';
import { handleEstimator } from './estimated-handles.ts';
import { soleSelected } from './builder-store.ts';
import { useAutoLayout } from './use-auto-layout.ts';
import { DRAG_MIME } from './palette.tsx';
import { markToolLinks } from './tool-links.ts';

const nodeTypes = { block: BlockNode };
const MOUNT_VIEW = { x: 0, y: 0, zoom: 1 };
const NO_EDGES: never[] = [];

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
  const sketched = useStore((s) => drawnAsSketch(s.transform[2], s.nodeLookup.size));
  const [minimap, setMinimap] = useState(minimapShown);
  const run = useBuilder((s) => s.run);
  const sketch = useMemo(() => (sketched ? sketchOf({ nodes, edges: links, run }) : undefined), [sketched, nodes, links, run]);
  // Far out, React Flow draws no node and no link: the sketch does. Each node keeps its measured size; links
  // are left out rather than hidden, since React Flow keeps an element per link it has wherever it is hidden.
  const estimate = useMemo(() => handleEstimator(links, blocks), [links, blocks]);
  const needsLayout = useBuilder((s) => s.needsLayout);
  const drawnNodes = useMemo(() => {
    if (sketched) return nodes.map((n) => ({ ...n, hidden: true }));
    // A graph to lay out waits for every node's real size, which React Flow measures by drawing each once.
    return needsLayout ? nodes : estimate(nodes);
  }, [sketched, nodes, needsLayout, estimate]);
  const drawnEdges = sketched ? NO_EDGES : edges;
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

  // The node settings follow the selection on the canvas: one node selected opens its settings. Watched on the
  // builder's nodes rather than through React Flow's onSelectionChange, whose listener scans every node and link
  // on each change of React Flow's store, every frame of a pan or zoom included.
  useEffect(() => {
    let last = soleSelected(useBuilder.getState().nodes);
    return useBuilder.subscribe((state, previous) => {
      if (state.nodes === previous.nodes) return;
      const selected = soleSelected(state.nodes);
      if (selected === last) return;
      last = selected;
      state.select(selected);
    });
  }, []);
  // A press on a node of the sketch opens it: selected, at a readable zoom.
  const onPaneClick = useCallback(
    (event: React.MouseEvent) => {
      if (!sketched || !sketch) return;
      const hit = sketchNodeAt(sketch, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      if (!hit) return;
      useBuilder.getState().onNodesChange(nodes.map((n) => ({ type: 'select', id: n.id, selected: n.id === hit.id })));
      void flow.setCenter(hit.x + hit.width / 2, hit.y + hit.height / 2, { zoom: READABLE_ZOOM });
    },
    [sketched, sketch, flow, nodes],
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
        nodes={drawnNodes}
        edges={drawnEdges}
        nodeTypes={nodeTypes}
        colorMode={theme}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onBeforeDelete={onBeforeDelete}
        onConnect={(c) => void connect(c)}
        onNodeDragStart={() => checkpoint()}
        onPaneClick={onPaneClick}
        deleteKeyCode={viewing ? null : ['Delete', 'Backspace']}
        nodesDraggable={!viewing}
        nodesConnectable={!viewing}
        defaultViewport={MOUNT_VIEW}
        minZoom={0.05}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        {sketched && sketch && <FarView sketch={sketch} />}
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
        {minimap && <SketchMinimap />}
      </ReactFlow>
    </div>
  );
}
