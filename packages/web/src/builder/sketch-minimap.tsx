import { Panel, useReactFlow } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { MINIMAP_SIZE as SIZE, drawSketch, minimapView, sketchOf, viewBox, type Sketch, type SketchColors, type SketchView } from './graph-sketch.ts';
import { boundsOf } from './free-spot.ts';
import { sketchContext, useCanvasView, useSketchColors } from './sketch-canvas.ts';
import { MIN_ZOOM } from './opening-view.ts';
import { useBuilder } from './builder-store.ts';

const MAX_ZOOM = 2;
/** The minimap follows the graph (its nodes' sizes as they are measured, a run's statuses) this often at most. */
const REDRAW_MS = 150;

const builderSketch = () => sketchOf(useBuilder.getState());

/**
 * The builder's graph as a sketch, taken again at most every REDRAW_MS after it changes: nodes measured as they
 * come into view during a zoom, or a run's events, would otherwise redraw every node of the map in each frame.
 */
function useBuilderSketch(): Sketch {
  const [sketch, setSketch] = useState(builderSketch);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useBuilder.subscribe((state, previous) => {
      if (state.nodes === previous.nodes && state.edges === previous.edges && state.run === previous.run) return;
      timer ??= setTimeout(() => {
        timer = undefined;
        setSketch(builderSketch());
      }, REDRAW_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
  return sketch;
}

/**
 * The whole graph in the corner, drawn as a sketch (graph-sketch.ts) with the part on screen framed: one
 * canvas, where React Flow's minimap keeps an element and a store subscription per node, which every frame of
 * a pan or zoom of a large graph paid for. Press or drag to move the view there; the wheel zooms.
 */
export function SketchMinimap() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const sketch = useBuilderSketch();
  const flow = useReactFlow();
  const view = useCanvasView();
  const { zoom, width, height } = view;
  const colors = useSketchColors();
  const graph = useMemo(() => (sketch.nodes.length > 0 ? boundsOf(sketch.nodes) : undefined), [sketch]);
  const shown = viewBox(view);
  const map = minimapView(graph, shown);
  // The nodes are drawn once per change of the graph, fitted in the map, then copied scaled to where the graph
  // lies in the map's view (smaller when the view reaches beyond it), so a frame of a pan copies one image.
  const layer = useRef<{ sketch: Sketch; colors: SketchColors; canvas: HTMLCanvasElement; fitted: SketchView } | undefined>(undefined);

  useLayoutEffect(() => {
    const element = canvas.current;
    const ctx = element && sketchContext(element, SIZE.width, SIZE.height);
    if (!element || !ctx) return;
    const palette = colors(element);
    ctx.clearRect(0, 0, SIZE.width, SIZE.height);
    if (graph) {
      if (layer.current?.sketch !== sketch || layer.current.colors !== palette) {
        const off = layer.current?.canvas ?? document.createElement('canvas');
        const fitted = minimapView(graph, graph);
        const offCtx = sketchContext(off, SIZE.width, SIZE.height);
        if (offCtx) drawSketch(offCtx, sketch, fitted, palette);
        layer.current = { sketch, colors: palette, canvas: off, fitted };
      }
      const { fitted, canvas: image } = layer.current;
      const scale = map.zoom / fitted.zoom;
      ctx.drawImage(image, (fitted.x - map.x) * map.zoom, (fitted.y - map.y) * map.zoom, SIZE.width * scale, SIZE.height * scale);
    }
    const frame = { x: (shown.x - map.x) * map.zoom, y: (shown.y - map.y) * map.zoom, w: shown.width * map.zoom, h: shown.height * map.zoom };
    ctx.beginPath();
    ctx.rect(0, 0, SIZE.width, SIZE.height);
    ctx.rect(frame.x, frame.y, frame.w, frame.h);
    ctx.fillStyle = palette.mask;
    ctx.fill('evenodd');
    ctx.strokeStyle = palette.selected;
    ctx.lineWidth = 1;
    ctx.strokeRect(frame.x, frame.y, frame.w, frame.h);
  });

  // The wheel over the map zooms the canvas, not the page: a listener that may cancel it (React's are passive).
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { x, y, zoom: current } = flow.getViewport();
      const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, current * Math.pow(2, -event.deltaY / 500)));
      const center = { x: (width / 2 - x) / current, y: (height / 2 - y) / current };
      void flow.setCenter(center.x, center.y, { zoom: next });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [flow, width, height]);

  const moveTo = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    void flow.setCenter(map.x + (event.clientX - bounds.left) / map.zoom, map.y + (event.clientY - bounds.top) / map.zoom, { zoom });
  };
  return (
    <Panel position="bottom-right" className="minimap">
      <canvas
        ref={canvas}
        role="img"
        aria-label="Minimap of the graph: press or drag to move the view there, scroll to zoom"
        style={SIZE}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
        }}
      />
    </Panel>
  );
}
