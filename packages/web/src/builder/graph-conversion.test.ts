import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../api/types.ts';
import { freshNodeId, toFlow, toGraphFile } from './graph-conversion.ts';

const graph: GraphFile = {
  schemaVersion: 1,
  name: 'G',
  description: 'about',
  nodes: [
    { id: 'a', block: 'input', inputs: { name: 'x' }, position: { x: 1, y: 2 } },
    { id: 'b', block: 'math.arithmetic', inputs: { b: 2 }, position: { x: 300, y: 2 }, label: 'Add two' },
  ],
  links: [{ from: { node: 'a', output: 'result' }, to: { node: 'b', input: 'a' }, static: true }],
};

describe('graph conversion', () => {
  it('round-trips a graph file through the canvas model', () => {
    const { nodes, edges } = toFlow(graph);
    expect(edges[0]).toMatchObject({ source: 'a', sourceHandle: 'result', target: 'b', targetHandle: 'a', data: { static: true } });
    expect(toGraphFile('G', 'about', nodes, edges)).toEqual(graph);
  });

  it('keeps values as the file has them, options and static flags included, and lays out nodes without positions', () => {
    const read = {
      ...graph,
      nodes: [
        { id: 'n', block: 'text.template', inputs: { template: '' }, options: { timeoutMs: 50, retry: { attempts: 2 } } },
        { id: 'm', block: 'text.template', inputs: {}, label: '' },
      ],
      links: [{ from: { node: 'n', output: 'result' }, to: { node: 'm', input: 'template' }, static: false }],
    };
    const { nodes, edges } = toFlow(read);
    expect(nodes[0]!.position).toEqual({ x: 0, y: 0 });
    expect(toGraphFile('G', 'about', nodes, edges)).toEqual({
      ...read,
      nodes: read.nodes.map((n, i) => ({ ...n, position: nodes[i]!.position })),
    });
  });

  it('makes fresh node ids from block ids', () => {
    expect(freshNodeId('math.arithmetic', new Set(['math_arithmetic_1']))).toBe('math_arithmetic_2');
  });
});
