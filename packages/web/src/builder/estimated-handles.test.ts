import { describe, expect, it } from 'vitest';
import { handleEstimator } from './estimated-handles.ts';
import type { BlockNode, LinkEdge } from './graph-conversion.ts';

const blocks = new Map([
  [
    'math.arithmetic',
    {
      inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' }, operation: { type: 'string' } } },
      outputSchema: { type: 'object', properties: { result: { type: 'number' }, error: { type: 'string' } } },
    },
  ],
]);
const node = (id: string, blockId = 'math.arithmetic', measured?: { width: number; height: number }): BlockNode => ({
  id,
  type: 'block',
  position: { x: 0, y: 0 },
  data: { blockId, inputs: {} },
  ...(measured ? { measured } : {}),
});
const edges: LinkEdge[] = [
  { id: 'a.result->b.a', source: 'a', sourceHandle: 'result', target: 'b', targetHandle: 'a' },
  { id: 'b.result->list.texts[1]', source: 'b', sourceHandle: 'result', target: 'odd', targetHandle: 'texts[1]' },
];

describe('estimated handles', () => {
  it('gives a node not measured yet the typical size and a handle per pin, in the block order, then per linked pin', () => {
    const [a, odd] = handleEstimator(edges, blocks)([node('a'), node('odd', 'gone.block')]);
    expect(a).toMatchObject({ initialWidth: 240, initialHeight: 140 });
    expect(a!.handles!.map((h) => [h.type, h.id, h.y])).toEqual([
      ['target', 'a', 64],
      ['target', 'b', 90],
      ['target', 'operation', 116],
      ['source', 'result', 64],
      ['source', 'error', 90],
    ]);
    expect(a!.handles!.find((h) => h.type === 'source')!.x).toBeGreaterThan(a!.handles!.find((h) => h.type === 'target')!.x);
    // A block the catalog does not know still has the pins its links name, so its links are drawn.
    expect(odd!.handles!.map((h) => [h.type, h.id])).toEqual([['target', 'texts[1]']]);
  });

  it('leaves a measured node as it is, and gives an unchanged node the same estimate', () => {
    const estimate = handleEstimator(edges, blocks);
    const measured = node('m', 'math.arithmetic', { width: 260, height: 180 });
    const unmeasured = node('u');
    const first = estimate([measured, unmeasured]);
    expect(first[0]).toBe(measured);
    expect(estimate([measured, unmeasured])[1]).toBe(first[1]);
  });
});
