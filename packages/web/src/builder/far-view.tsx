import { useLayoutEffect, useRef } from 'react';
import { drawSketch, type Sketch } from './graph-sketch.ts';
import { sketchContext, useCanvasView, useSketchColors } from './sketch-canvas.ts';

/** The sketch of the graph over the whole canvas, following the view; pointer events go through to the pane. */
export function FarView({ sketch }: { sketch: Sketch }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { x, y, zoom, width, height } = useCanvasView();
  const colors = useSketchColors();
  // Drawn before the browser paints, in the same frame as React Flow's move of the (empty) viewport.
  useLayoutEffect(() => {
    const element = canvas.current;
    const ctx = element && sketchContext(element, width, height);
    if (!element || !ctx) return;
    const drawn = drawSketch(ctx, sketch, { x, y, zoom, width, height }, colors(element));
    element.dataset.drawn = String(drawn);
  }, [sketch, x, y, zoom, width, height, colors]);
  return <canvas ref={canvas} className="far-view" data-testid="far-view" aria-hidden="true" style={{ width, height }} />;
}
