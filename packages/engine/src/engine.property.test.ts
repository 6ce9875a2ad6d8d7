import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runTestGraph } from './testing/run-test-graph.ts';
import { randomGraph } from './testing/random-graph.ts';
import { graph, link } from './testing/test-blocks.ts';

const observable = (run: Awaited<ReturnType<typeof runTestGraph>>) =>
  run.nodeRuns.map((r) => ({ seq: r.seq, node: r.nodeId, status: r.status, inputs: r.inputs, outputs: r.outputs }));

describe('engine properties', () => {
  it('rule 12: the same graph yields the same node runs in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, fc.integer({ min: 1, max: 8 }), async (g, maxConcurrency) => {
        const first = await runTestGraph(g, {}, { engine: { maxConcurrency } });
        const second = await runTestGraph(g, {}, { engine: { maxConcurrency } });
        expect(observable(second)).toEqual(observable(first));
        expect(second.record.status).toBe(first.record.status);
      }),
      { numRuns: 60 },
    );
  });

  it('rule 3: two fan-outs into one node pair up in FIFO order, whatever the concurrency', async () => {
    const values = fc.array(fc.integer(), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(values, values, fc.integer({ min: 1, max: 8 }), async (xs, ys, maxConcurrency) => {
        const g = graph(
          [
            { id: 'xs', block: 't.emit', inputs: { values: xs } },
            { id: 'ys', block: 't.emit', inputs: { values: ys } },
            { id: 'p', block: 't.pair' },
          ],
          [link('xs.value', 'p.x'), link('ys.value', 'p.y')],
        );
        const run = await runTestGraph(g, {}, { engine: { maxConcurrency } });
        const paired = Math.min(xs.length, ys.length);
        const completed = run
          .of('p')
          .filter((r) => r.status === 'COMPLETED')
          .map((r) => r.outputs.pair![0]);
        expect(completed).toEqual(xs.slice(0, paired).map((x, i) => [x, ys[i]]));
        const leftovers = run
          .of('p')
          .filter((r) => r.status === 'INCOMPLETE')
          .map((r) => r.inputs);
        const unpaired = xs.length > paired ? xs.slice(paired).map((x) => ({ x })) : ys.slice(paired).map((y) => ({ y }));
        expect(leftovers).toEqual(unpaired);
      }),
      { numRuns: 100 },
    );
  });

  it('every node run ends in a final status and the run completes', async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, async (g) => {
        const run = await runTestGraph(g);
        expect(run.record.status).toBe('COMPLETED');
        for (const r of run.nodeRuns) expect(['COMPLETED', 'INCOMPLETE']).toContain(r.status);
      }),
      { numRuns: 60 },
    );
  });
});
