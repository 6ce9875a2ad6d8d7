import { describe, expect, it } from 'vitest';
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import { layoutGraph as layoutInWorker } from './auto-layout.ts';

/** The same ELK the app runs in a web worker, in-process here (Node has no Worker of the browser's kind). */
const elk = new ElkBundled();
const layoutGraph: typeof layoutInWorker = (nodes, edges) => layoutInWorker(nodes, edges, elk);

describe('layoutGraph (ELK, layered)', () => {
  it('puts each node in a layer after its sources', async () => {
    const positions = await layoutGraph(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'a', target: 'c' },
        { source: 'a', target: 'd' },
      ],
    );
    const x = (id: string) => positions.get(id)!.x;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('c'));
    expect(x('d')).toBeGreaterThan(x('a'));
  });

  it('keeps nodes of a layer apart by their measured size', async () => {
    const positions = await layoutGraph(
      [
        { id: 'a', height: 300 },
        { id: 'b', height: 100 },
      ],
      [],
    );
    const [top, bottom] = [positions.get('a')!, positions.get('b')!].sort((p, q) => p.y - q.y);
    const topHeight = top === positions.get('a') ? 300 : 100;
    expect(bottom!.y - top!.y).toBeGreaterThanOrEqual(topHeight);
  });

  it('orders the sources of a node as the pins they link to, so links do not cross', async () => {
    // Two inputs into one node: the one linked to the upper pin goes above.
    const sink = {
      id: 'sink',
      width: 200,
      height: 200,
      ports: [
        { id: 'upper', side: 'in' as const, x: 0, y: 20 },
        { id: 'lower', side: 'in' as const, x: 0, y: 180 },
      ],
    };
    const positions = await layoutGraph(
      [{ id: 'second', width: 200, height: 60 }, { id: 'first', width: 200, height: 60 }, sink],
      [
        { source: 'second', target: 'sink', targetHandle: 'lower' },
        { source: 'first', target: 'sink', targetHandle: 'upper' },
      ],
    );
    expect(positions.get('first')!.y).toBeLessThan(positions.get('second')!.y);
  });

  it('lays out links to pins it was not told about, and ignores links to nodes that are gone', async () => {
    const positions = await layoutGraph(
      [{ id: 'a' }, { id: 'b' }],
      [
        { source: 'a', target: 'b', sourceHandle: 'out', targetHandle: 'in' },
        { source: 'a', target: 'ghost' },
      ],
    );
    expect(positions.get('a')!.x).toBeLessThan(positions.get('b')!.x);
  });
});
