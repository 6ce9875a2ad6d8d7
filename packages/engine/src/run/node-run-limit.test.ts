import { describe, expect, it } from 'vitest';
import { runTestGraph } from '../testing/run-test-graph.ts';
import { graph, link } from '../testing/test-blocks.ts';

const fanOut = graph(
  [
    { id: 'emit', block: 't.emit', inputs: { values: Array.from({ length: 500 }, (_, i) => i) } },
    { id: 'add', block: 't.add', inputs: { b: 1 } },
  ],
  [link('emit.value', 'add.a')],
);

describe("a run's own limit of node runs", () => {
  it('stops the run at its own lower limit, and the refusal says whose limit it is and how far it may go', async () => {
    const run = await runTestGraph(fanOut, {}, { engine: { maxNodeRuns: 1000 }, run: { maxNodeRuns: 30 } });
    expect(run.record).toMatchObject({ status: 'FAILED', maxNodeRuns: 30 });
    expect(run.record.error).toBe(
      'The run reached its own limit of 30 node runs (maxNodeRuns, chosen when it was started) and was stopped: start it with a higher maxNodeRuns, at most 1000 (BLOCKSMITH_MAX_NODE_RUNS).',
    );
    expect(run.nodeRuns).toHaveLength(30);
  });

  it("cannot go above the engine's: the engine's limit applies and its refusal names the setting", async () => {
    const run = await runTestGraph(fanOut, {}, { engine: { maxNodeRuns: 100 }, run: { maxNodeRuns: 5000 } });
    expect(run.record.status).toBe('FAILED');
    expect(run.record.error).toContain('reached its limit of 100 node runs');
    expect(run.record.error).toContain('BLOCKSMITH_MAX_NODE_RUNS');
    expect(run.nodeRuns).toHaveLength(100);
  });

  it('a run that makes exactly as many node runs as its limit completes', async () => {
    const enough = await runTestGraph(fanOut, {}, { run: { maxNodeRuns: 501 } });
    expect(enough.record.status).toBe('COMPLETED');
    expect(enough.nodeRuns).toHaveLength(501);
  });
});
