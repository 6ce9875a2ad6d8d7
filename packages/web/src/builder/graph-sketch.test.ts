import { describe, expect, it } from 'vitest';
import { drawSketch, minimapView, sketchNodeAt, sketchOf, type SketchColors, type SketchContext } from './graph-sketch.ts';

const colors: SketchColors = { node: 'white', border: 'grey', link: 'black', selected: 'blue', mask: 'mist', status: { completed: 'green', failed: 'red' } };

/** A context that keeps what was drawn: each filled or stroked path with its style and shapes. */
function recorder() {
  const paths: { op: 'fill' | 'stroke'; style: string; rects: number[][]; curves: number }[] = [];
  let rects: number[][] = [];
  let curves = 0;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    beginPath: () => ((rects = []), (curves = 0)),
    rect: (...r: number[]) => void rects.push(r),
    moveTo: () => {},
    bezierCurveTo: () => void curves++,
    fill: () => void paths.push({ op: 'fill', style: String(ctx.fillStyle), rects, curves }),
    stroke: () => void paths.push({ op: 'stroke', style: String(ctx.strokeStyle), rects, curves }),
    clearRect: () => {},
  };
  return { ctx: ctx as unknown as SketchContext, paths };
}

const graph = sketchOf({
  nodes: [
    { id: 'a', position: { x: 0, y: 0 }, measured: { width: 200, height: 100 } },
    { id: 'b', position: { x: 400, y: 0 }, selected: true },
    { id: 'far', position: { x: 10_000, y: 10_000 } },
  ],
  edges: [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'far' },
    { source: 'a', target: 'gone' },
  ],
  run: { nodes: { a: { status: 'COMPLETED' }, b: { status: 'FAILED' } } },
});

describe('graph sketch', () => {
  it('keeps each node box (unmeasured ones at the estimated size) and only links between known nodes', () => {
    expect(graph.nodes.map(({ id, width, height, status }) => ({ id, width, height, status }))).toEqual([
      { id: 'a', width: 200, height: 100, status: 'completed' },
      { id: 'b', width: 240, height: 140, status: 'failed' },
      { id: 'far', width: 240, height: 140, status: undefined },
    ]);
    expect(graph.links).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('draws what is in view only, one path per colour, and frames the selection', () => {
    const { ctx, paths } = recorder();
    const drawn = drawSketch(ctx, graph, { x: -10, y: -10, zoom: 0.5, width: 400, height: 200 }, colors);
    expect(drawn).toBe(2);
    // The link into the far node leaves the view towards it, so it is drawn; nothing of the far node is.
    expect(paths[0]).toMatchObject({ op: 'stroke', style: 'black', curves: 2 });
    const fills = paths.filter((p) => p.op === 'fill');
    expect(fills.map((p) => [p.style, p.rects.length])).toEqual([
      ['green', 1],
      ['red', 1],
    ]);
    // Screen position: (flow - view origin) × zoom.
    expect(fills[0]!.rects[0]).toEqual([5, 5, 100, 50]);
    expect(paths.at(-1)).toMatchObject({ op: 'stroke', style: 'blue', rects: [[205, 5, 120, 70]] });
  });

  it('draws nothing of a graph outside the view', () => {
    const { ctx, paths } = recorder();
    expect(drawSketch(ctx, graph, { x: 50_000, y: 50_000, zoom: 1, width: 100, height: 100 }, colors)).toBe(0);
    expect(paths.filter((p) => p.rects.length > 0 || p.curves > 0)).toEqual([]);
  });

  it('finds the node under a point', () => {
    expect(sketchNodeAt(graph, { x: 450, y: 50 })?.id).toBe('b');
    expect(sketchNodeAt(graph, { x: 300, y: 50 })).toBeUndefined();
  });

  it('fits the graph and the view into the minimap, centred', () => {
    const map = minimapView({ x: 0, y: 0, width: 1000, height: 500 }, { x: 0, y: 0, width: 400, height: 300 });
    // 200 × 150 px for 1000 × 500 flow units, with a 5% margin each side.
    expect(map.zoom).toBeCloseTo(0.18);
    expect(map.x + map.width / map.zoom / 2).toBeCloseTo(500);
    expect(map.y + map.height / map.zoom / 2).toBeCloseTo(250);
    // A view reaching beyond the graph widens the map.
    expect(minimapView({ x: 0, y: 0, width: 1000, height: 500 }, { x: -1000, y: 0, width: 400, height: 300 }).zoom).toBeCloseTo(0.09);
  });
});
