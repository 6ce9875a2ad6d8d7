import type { XYPosition } from '@xyflow/react';

export interface Box extends XYPosition {
  width: number;
  height: number;
}

/** A node not yet measured is taken to be this large (a typical block node). */
export const NODE_SIZE = { width: 240, height: 140 };
/** Space kept between a placed box and the nodes around it. */
const GAP = 24;
/** Places tried lie on a grid of this pitch around the wished-for one, nearest first. */
const STEP = 40;
const RADIUS = 15;
const OFFSETS = Array.from({ length: (2 * RADIUS + 1) ** 2 }, (_, i) => ({
  x: ((i % (2 * RADIUS + 1)) - RADIUS) * STEP,
  y: (Math.floor(i / (2 * RADIUS + 1)) - RADIUS) * STEP,
}))
  // Nearest first; at equal distance, right before left and below before above, where a reader looks next.
  .sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y) || b.x - a.x || b.y - a.y);

export const boxOf = (node: { position: XYPosition; measured?: { width?: number; height?: number } }): Box => ({
  ...node.position,
  width: node.measured?.width ?? NODE_SIZE.width,
  height: node.measured?.height ?? NODE_SIZE.height,
});

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

export const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/**
 * Where a box of `size` goes near `near` without covering a node: `near` itself when it is free, else the
 * nearest free place around it — inside `view` (the part of the canvas on screen) when there is one there —
 * or, if the whole neighbourhood is taken, below every node. So added, pasted and duplicated nodes never
 * land on, or a few pixels from, the nodes already there, at any zoom, and are seen where they land.
 */
export function freeSpot(occupied: Box[], near: XYPosition, size: { width: number; height: number }, view?: Box): XYPosition {
  const free = OFFSETS.map((offset) => ({ x: near.x + offset.x, y: near.y + offset.y, width: size.width, height: size.height })).filter(
    (spot) => !occupied.some((box) => overlaps(spot, box)),
  );
  const spot = (view && free.find((s) => inside(s, view))) ?? free[0];
  return spot ? { x: spot.x, y: spot.y } : { x: near.x, y: Math.max(...occupied.map((box) => box.y + box.height)) + GAP };
}

/** The box around a set of boxes: what a pasted fragment covers. */
export function boundsOf(boxes: Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
