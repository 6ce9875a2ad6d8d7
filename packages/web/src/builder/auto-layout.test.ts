import { describe, expect, it } from 'vitest';
import { layoutGraph } from './auto-layout.ts';

describe('layoutGraph', () => {
  it('puts each node one column after its furthest source', () => {
    const positions = layoutGraph(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'a', target: 'c' },
        { source: 'a', target: 'd' },
      ],
    );
    const columnOf = (id: string) => positions.get(id)!.x;
    expect(columnOf('a')).toBeLessThan(columnOf('b'));
    expect(columnOf('b')).toBeLessThan(columnOf('c'));
    expect(columnOf('d')).toBe(columnOf('b'));
  });

  it('stacks nodes of a column without overlap, using their measured size', () => {
    const positions = layoutGraph(
      [
        { id: 'a', height: 300 },
        { id: 'b', height: 100 },
      ],
      [],
    );
    expect(positions.get('b')!.y - positions.get('a')!.y).toBeGreaterThanOrEqual(300);
  });
});
