import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf, freeSpot, NODE_SIZE, type Box } from './free-spot.ts';

const box = (x: number, y: number): Box => ({ x, y, ...NODE_SIZE });
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('where a new node goes', () => {
  it('goes where asked when the place is free', () => {
    expect(freeSpot([box(0, 0)], { x: 600, y: 0 }, NODE_SIZE)).toEqual({ x: 600, y: 0 });
  });

  it('never lands on, or a few pixels from, a node already there', () => {
    const spot = freeSpot([box(100, 100)], { x: 105, y: 100 }, NODE_SIZE);
    expect(apart({ ...spot, ...NODE_SIZE }, box(100, 100))).toBe(true);
    // Moved clear of it, by the least that does so: it stays in view.
    expect(Math.hypot(spot.x - 105, spot.y - 100)).toBeLessThan(NODE_SIZE.width + 2 * 40);
  });

  it('prefers a free place on screen to a nearer one off it', () => {
    const view = { x: 0, y: 0, width: 800, height: 600 };
    const spot = freeSpot([box(300, 200)], { x: 300, y: 200 }, NODE_SIZE, view);
    expect(spot.x >= 0 && spot.y >= 0 && spot.x + NODE_SIZE.width <= 800 && spot.y + NODE_SIZE.height <= 600).toBe(true);
    expect(apart({ ...spot, ...NODE_SIZE }, box(300, 200))).toBe(true);
  });

  it('finds a free place among any nodes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }), { maxLength: 30 }),
        fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }),
        (places, near) => {
          const occupied = places.map((p) => box(p.x, p.y));
          const spot = { ...freeSpot(occupied, near, NODE_SIZE), ...NODE_SIZE };
          expect(occupied.every((o) => apart(spot, o))).toBe(true);
        },
      ),
    );
  });

  it('measures a fragment by its nodes', () => {
    expect(boundsOf([box(10, 20), { x: 310, y: 20, width: 100, height: 300 }])).toEqual({ x: 10, y: 20, width: 400, height: 300 });
  });
});
