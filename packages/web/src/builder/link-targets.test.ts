import { describe, expect, it } from 'vitest';
import type { BlockManifest } from '../api/types.ts';
import { linkTargets, outputsOf } from './link-targets.ts';

const manifest = (id: string, name: string, inputs: Record<string, unknown>, outputs: Record<string, unknown>): BlockManifest =>
  ({ id, name, inputSchema: { properties: inputs }, outputSchema: { properties: outputs }, dynamicOutputs: false }) as unknown as BlockManifest;

const blocks = new Map([
  ['number', manifest('number', 'Number', {}, { result: { type: 'number' }, error: { type: 'string' } })],
  ['add', manifest('add', 'Add', { a: { type: 'number' }, b: { type: 'number' }, label: { type: 'string' } }, { sum: { type: 'number' } })],
  ['print', manifest('print', 'Print', { value: {} }, {})],
]);
const nodes = [
  { id: 'n', data: { blockId: 'number' } },
  { id: 'add', data: { blockId: 'add', label: 'Total' } },
  { id: 'out', data: { blockId: 'print' } },
];

describe('linkTargets', () => {
  it('offers every input of the other nodes that the output fits, named for a person', () => {
    expect(linkTargets('n', 'result', nodes, [], blocks)).toEqual([
      { node: 'add', input: 'a', label: 'Total (add) · a' },
      { node: 'add', input: 'b', label: 'Total (add) · b' },
      { node: 'out', input: 'value', label: 'Print (out) · value' },
    ]);
  });

  it('leaves out what the output is linked to already, the node itself, and inputs of another type', () => {
    const edges = [{ source: 'n', sourceHandle: 'result', target: 'add', targetHandle: 'a' }];
    expect(linkTargets('n', 'result', nodes, edges, blocks).map((t) => `${t.node}.${t.input}`)).toEqual(['add.b', 'out.value']);
    expect(linkTargets('add', 'sum', nodes, [], blocks).map((t) => `${t.node}.${t.input}`)).toEqual(['out.value']);
    expect(linkTargets('n', 'error', nodes, [], blocks).map((t) => `${t.node}.${t.input}`)).toEqual(['add.label', 'out.value']);
  });

  it('offers nothing from a node whose block is unknown', () => {
    expect(linkTargets('x', 'result', [{ id: 'x', data: { blockId: 'gone' } }, ...nodes], [], blocks)).toEqual([]);
  });

  it('lists a block’s outputs in order', () => {
    expect(outputsOf(blocks.get('number')!)).toEqual(['result', 'error']);
  });
});
