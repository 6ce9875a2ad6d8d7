import type { GraphFile } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { applyGraphEdits } from './graph-edits.ts';

const graph: GraphFile = {
  schemaVersion: 1,
  name: 'G',
  nodes: [
    { id: 'in', block: 'input', inputs: { name: 'x' }, position: { x: 0, y: 0 }, options: { timeoutMs: 5 } },
    { id: 'out', block: 'output', inputs: { name: 'y' } },
  ],
  links: [{ from: { node: 'in', output: 'result' }, to: { node: 'out', input: 'value' } }],
};

describe('graph edits', () => {
  it('changes only what each edit names, in order, on a copy', () => {
    const edited = applyGraphEdits(graph, [
      { op: 'add_node', id: 'up', block: 'text.case', inputs: { mode: 'upper' } },
      { op: 'remove_link', from: { node: 'in', output: 'result' }, to: { node: 'out', input: 'value' } },
      { op: 'add_link', from: { node: 'in', output: 'result' }, to: { node: 'up', input: 'text' } },
      { op: 'add_link', from: { node: 'up', output: 'result' }, to: { node: 'out', input: 'value' } },
      { op: 'set_input', node: 'out', input: 'name', value: 'loud' },
      { op: 'rename', name: 'Shout' },
    ]);
    expect(edited.name).toBe('Shout');
    expect(edited.nodes[0]).toEqual(graph.nodes[0]);
    expect(edited.nodes.map((n) => n.id)).toEqual(['in', 'out', 'up']);
    expect(edited.nodes[1]!.inputs).toEqual({ name: 'loud' });
    expect(edited.links).toEqual([
      { from: { node: 'in', output: 'result' }, to: { node: 'up', input: 'text' } },
      { from: { node: 'up', output: 'result' }, to: { node: 'out', input: 'value' } },
    ]);
    expect(graph.nodes[1]!.inputs).toEqual({ name: 'y' });
    expect(graph.links).toHaveLength(1);
  });

  it('removes a node with its links, and clears an input set to nothing', () => {
    const edited = applyGraphEdits(graph, [
      { op: 'remove_node', id: 'in' },
      { op: 'set_input', node: 'out', input: 'name' },
    ]);
    expect(edited.nodes).toEqual([{ id: 'out', block: 'output', inputs: {} }]);
    expect(edited.links).toEqual([]);
  });

  it('names the edit that cannot apply and what is there instead', () => {
    expect(() =>
      applyGraphEdits(graph, [
        { op: 'rename', name: 'ok' },
        { op: 'remove_node', id: 'nope' },
      ]),
    ).toThrow('Change 2: there is no node "nope"; the nodes are in, out.');
    expect(() => applyGraphEdits(graph, [{ op: 'add_node', id: 'in', block: 'input' }])).toThrow('a node "in" is already there');
    expect(() => applyGraphEdits(graph, [{ op: 'remove_link', from: { node: 'out', output: 'x' }, to: { node: 'in', input: 'y' } }])).toThrow(
      'there is no link out.x → in.y',
    );
  });
});
