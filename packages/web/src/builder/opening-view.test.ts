import { describe, expect, it } from 'vitest';
import { MIN_ZOOM, READABLE_ZOOM, fittingView, openingView } from './opening-view.ts';

const view = { width: 1000, height: 600 };

describe('the view a graph opens with', () => {
  it('a small graph is centred at zoom 1, never magnified', () => {
    expect(openingView({ x: 0, y: 0, width: 200, height: 100 }, view)).toEqual({ x: 400, y: 250, zoom: 1 });
  });

  it('a graph that fits at a readable zoom is shown whole', () => {
    const opened = openingView({ x: 100, y: 50, width: 1200, height: 400 }, view);
    expect(opened.zoom).toBeCloseTo(920 / 1200);
    expect(opened.x + 100 * opened.zoom).toBeCloseTo(40);
  });

  it('a wide graph opens readable on its start, vertically centred', () => {
    const opened = openingView({ x: -50, y: 0, width: 5000, height: 300 }, view);
    expect(opened.zoom).toBe(READABLE_ZOOM);
    expect(opened.x + -50 * opened.zoom).toBeCloseTo(40);
    expect(opened.y + (300 * READABLE_ZOOM) / 2).toBeCloseTo(300);
  });

  it('a graph larger than the view both ways opens on its top left', () => {
    const opened = openingView({ x: 10, y: 20, width: 5000, height: 5000 }, view);
    expect(opened).toEqual({ x: 40 - 10 * READABLE_ZOOM, y: 40 - 20 * READABLE_ZOOM, zoom: READABLE_ZOOM });
  });
});

describe('the view Fit shows', () => {
  const padding = { top: 30, right: 30, bottom: 170, left: 60 };

  it('shows all of a wide graph inside the padding, whatever zoom that takes', () => {
    const graph = { x: 100, y: 0, width: 4000, height: 300 };
    const fitted = fittingView(graph, view, padding);
    expect(fitted.zoom).toBeCloseTo(910 / 4000);
    expect(fitted.x + graph.x * fitted.zoom).toBeCloseTo(60);
    expect(fitted.x + (graph.x + graph.width) * fitted.zoom).toBeCloseTo(970);
    // Vertically centred in the band above the minimap.
    expect(fitted.y + (graph.height * fitted.zoom) / 2).toBeCloseTo(30 + 400 / 2);
  });

  it('keeps a tall graph above the bottom padding', () => {
    const graph = { x: 0, y: -200, width: 300, height: 2000 };
    const fitted = fittingView(graph, view, padding);
    expect(fitted.y + (graph.y + graph.height) * fitted.zoom).toBeCloseTo(600 - 170);
  });

  it('never magnifies past the most zoom, nor shrinks below the least', () => {
    expect(fittingView({ x: 0, y: 0, width: 10, height: 10 }, view, padding).zoom).toBe(1);
    expect(fittingView({ x: 0, y: 0, width: 10_000_000, height: 10 }, view, padding).zoom).toBe(MIN_ZOOM);
  });
});
