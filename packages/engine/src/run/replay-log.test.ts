import { defineBlock } from '@blocksmith/sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runTestGraph } from '../testing/run-test-graph.ts';
import { graph, link } from '../testing/test-blocks.ts';
import { canonicalJson, ReplayLog } from './replay-log.ts';
import type { NodeRunRecord } from './records.ts';

function countingSquare(calls: number[]) {
  return defineBlock({
    id: 't.square',
    name: 'Square',
    description: 'squares, counting calls',
    categories: ['test'],
    input: z.object({ n: z.number() }),
    output: z.object({ n: z.number() }),
    examples: [],
    async *run({ n }) {
      calls.push(n);
      yield ['n', n * n];
    },
  });
}

const squares = graph(
  [
    { id: 'src', block: 't.emit', inputs: { values: [1, 2, 3, 4] } },
    { id: 'sq', block: 't.square' },
    { id: 'out', block: 't.output', inputs: { name: 'squares' } },
  ],
  [link('src.value', 'sq.n'), link('sq.n', 'out.value')],
);

describe('resuming an interrupted run', () => {
  it('reuses completed node runs and runs only the rest, with the same outputs', async () => {
    const firstCalls: number[] = [];
    const first = await runTestGraph(squares, {}, { extraBlocks: [countingSquare(firstCalls)] });
    // As if the process died after the first two squares and the emit completed.
    const survived: NodeRunRecord[] = first.nodeRuns.filter((r) => r.nodeId === 'src' || (r.nodeId === 'sq' && [1, 2].includes(r.inputs.n as number)));
    const interrupted = first.nodeRuns.find((r) => r.nodeId === 'sq' && r.inputs.n === 3)!;
    const resumedCalls: number[] = [];
    const resumed = await runTestGraph(
      squares,
      {},
      {
        extraBlocks: [countingSquare(resumedCalls)],
        run: { runId: first.record.id, resumeFrom: [...survived, { ...interrupted, status: 'RUNNING' }] },
      },
    );
    expect(resumedCalls).toEqual([3, 4]);
    expect(resumed.record.status).toBe('COMPLETED');
    expect(resumed.record.outputs).toEqual({ squares: [1, 4, 9, 16] });
    expect(resumed.of('sq').map((r) => r.outputs.n)).toEqual([[1], [4], [9], [16]]);
  });

  it('keys recorded runs by node and inputs, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    const log = new ReplayLog([
      {
        id: 'r.1',
        graphRunId: 'r',
        nodeId: 'n',
        blockId: 'b',
        seq: 1,
        status: 'COMPLETED',
        inputs: { x: 1, y: 2 },
        outputs: { o: [3] },
        attempts: 1,
        createdAt: 0,
      },
    ]);
    expect(log.take('n', { y: 2, x: 1 })?.outputs).toEqual({ o: [3] });
    expect(log.take('n', { y: 2, x: 1 })).toBeUndefined();
  });
});
