import { describe, expect, it } from 'vitest';
import { runTestGraph } from '../testing/run-test-graph.ts';
import { countingBlock, graph, link, testBlocks } from '../testing/test-blocks.ts';
import { pinnedOutputIssues } from './pinned-outputs.ts';

const add = testBlocks.find((b) => b.id === 't.add')!;

describe('pinned outputs', () => {
  const calls: string[] = [];
  const paid = countingBlock(calls);
  const g = graph(
    [
      { id: 'in', block: 't.input', inputs: { name: 'x' } },
      { id: 'ask', block: 't.count' },
      { id: 'pair', block: 't.pair', inputs: { y: 'after' } },
    ],
    [link('in.result', 'ask.value'), link('ask.value', 'pair.x')],
  );

  it('puts a pinned node’s values out instead of running its block, each value a delivery, and marks the node run', async () => {
    calls.length = 0;
    const run = await runTestGraph(g, { x: 1 }, { extraBlocks: [paid], run: { pins: { ask: { value: ['one', 'two'] } } } });
    expect(calls).toEqual([]);
    expect(run.of('ask')[0]).toMatchObject({ status: 'COMPLETED', pinned: true, outputs: { value: ['one', 'two'] }, inputs: { value: 1 } });
    expect(run.of('pair').map((r) => r.outputs.pair![0])).toEqual([
      ['one', 'after'],
      ['two', 'after'],
    ]);
    const final = run.events.find((e) => e.type === 'node_run.status' && e.nodeId === 'ask' && e.status === 'COMPLETED');
    expect(final).toMatchObject({ pinned: true });
    expect(run.of('in')[0]!.pinned).toBeUndefined();
  });

  it('runs every node without pins', async () => {
    calls.length = 0;
    const run = await runTestGraph(g, { x: 1 }, { extraBlocks: [paid] });
    expect(calls).toEqual(['1']);
    expect(run.of('ask')[0]!.pinned).toBeUndefined();
  });

  it('fails a node whose pins no longer fit its block, saying what to fix', async () => {
    const run = await runTestGraph(g, { x: 1 }, { extraBlocks: [paid], run: { pins: { ask: { reply: ['x'] } } } });
    expect(run.of('ask')[0]).toMatchObject({ status: 'FAILED', pinned: true, error: { kind: 'invalid_pin' } });
    expect(run.of('ask')[0]!.error!.message).toContain('t.count has no output "reply"; its outputs are: value');
    expect(run.record.status).toBe('FAILED');
  });

  it('names every way pinned outputs can be wrong', () => {
    expect(pinnedOutputIssues(add, { sum: [1, 2] })).toEqual([]);
    expect(pinnedOutputIssues(add, { total: [1] })).toEqual(['t.add has no output "total"; its outputs are: sum.']);
    expect(pinnedOutputIssues(add, { sum: 3 as unknown as unknown[] })).toEqual(['Output "sum" must be a list of the values it puts out, e.g. [3].']);
    expect(pinnedOutputIssues(add, { sum: [1, 'two'] })[0]).toMatch(/^Value 2 of output "sum": /);
    expect(pinnedOutputIssues(add, { error: [{ message: 'x' }] })[0]).toContain('"error" cannot be pinned');
  });
});
