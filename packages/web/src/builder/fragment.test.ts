import { describe, expect, it } from 'vitest';
import { toFlow } from './graph-conversion.ts';
import { instantiateFragment, parseFragment, toFragment } from './fragment.ts';

const { nodes, edges } = toFlow({
  nodes: [
    { id: 'math_arithmetic_1', block: 'math.arithmetic', inputs: { b: 2 }, position: { x: 0, y: 0 } },
    { id: 'output_1', block: 'output', inputs: { name: 'r' }, position: { x: 300, y: 0 } },
    { id: 'other', block: 'input', inputs: { name: 'x' }, position: { x: -300, y: 0 } },
  ],
  links: [
    { from: { node: 'other', output: 'result' }, to: { node: 'math_arithmetic_1', input: 'a' } },
    { from: { node: 'math_arithmetic_1', output: 'result' }, to: { node: 'output_1', input: 'value' } },
  ],
});

describe('copy and paste fragments', () => {
  it('keeps only links inside the selection', () => {
    const fragment = toFragment(nodes.slice(0, 2), edges);
    expect(fragment.links).toEqual([{ from: { node: 'math_arithmetic_1', output: 'result' }, to: { node: 'output_1', input: 'value' } }]);
    expect(parseFragment(JSON.stringify(fragment))).toEqual(fragment);
    expect(parseFragment('{"name":"not a fragment"}')).toBeUndefined();
    expect(parseFragment('nonsense')).toBeUndefined();
  });

  it('pastes with fresh ids, shifted, links renamed', () => {
    const pasted = instantiateFragment(toFragment(nodes.slice(0, 2), edges), new Set(nodes.map((n) => n.id)), { x: 40, y: 40 });
    expect(pasted.nodes.map((n) => [n.id, n.position])).toEqual([
      ['math_arithmetic_2', { x: 40, y: 40 }],
      ['output_2', { x: 340, y: 40 }],
    ]);
    expect(pasted.edges.map((e) => [e.source, e.target])).toEqual([['math_arithmetic_2', 'output_2']]);
  });
});
