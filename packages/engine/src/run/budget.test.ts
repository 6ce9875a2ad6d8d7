import { describe, expect, it } from 'vitest';
import { InMemoryGraphStore } from '../ports/graph-store.ts';
import { runTestGraph } from '../testing/run-test-graph.ts';
import { graph } from '../testing/test-blocks.ts';
import type { BudgetLimit } from './budget.ts';

/** Three nodes that each report a model call costing $0.30 and 100 tokens, run one at a time. */
const threeCalls = graph(['a', 'b', 'c'].map((id) => ({ id, block: 't.usage', inputs: { input_tokens: 60, output_tokens: 40, cost: 0.3 } })));
const runBudget = (limit: number, unit: BudgetLimit['unit'] = 'usd', spentBefore = 0): BudgetLimit[] => [
  { name: "this run's budget", unit, limit, spentBefore },
];

describe('budgets (docs/semantics.md, Budgets)', () => {
  it('stops the run at the model call that reaches its budget: FAILED, naming the budget and spent of limit, on the run and the nodes it stopped', async () => {
    const run = await runTestGraph(threeCalls, {}, { run: { maxConcurrency: 1, budgets: runBudget(0.5) } });
    const message =
      "Budget reached: this run's budget — $0.6000 of $0.5000 spent. No more model calls are made; raise the budget or wait for its period to renew.";
    expect(run.record).toMatchObject({ status: 'FAILED', error: message });
    expect(run.record.usage).toMatchObject({ costUsd: expect.closeTo(0.6), calls: 2 });
    expect(run.of('a')[0]).toMatchObject({ status: 'COMPLETED' });
    // b's call reached the budget as it returned; nothing starts after it.
    expect(run.of('b')[0]).toMatchObject({ status: 'COMPLETED' });
    expect(run.of('c')[0]).toMatchObject({ status: 'TERMINATED', error: { kind: 'budget', message } });
  });

  it("counts what the budget's period spent before the run, and tokens as well as cost", async () => {
    const daily = await runTestGraph(
      threeCalls,
      {},
      { run: { maxConcurrency: 1, budgets: [{ name: "the agent's daily budget", unit: 'usd', limit: 1, spentBefore: 0.65 }] } },
    );
    expect(daily.record.error).toMatch(/^Budget reached: the agent's daily budget — \$1\.2500 of \$1\.0000 spent/);
    const tokens = await runTestGraph(threeCalls, {}, { run: { maxConcurrency: 1, budgets: runBudget(250, 'tokens') } });
    expect(tokens.record.error).toMatch(/^Budget reached: this run's budget — 300 tokens of 250 tokens spent/);
    expect(tokens.record.status).toBe('FAILED');
  });

  it('names a fraction of a cent to two significant digits', async () => {
    const cheap = graph([{ id: 'a', block: 't.usage', inputs: { input_tokens: 10, output_tokens: 2, cost: 0.0000027 } }]);
    const run = await runTestGraph(cheap, {}, { run: { budgets: runBudget(0.000002) } });
    expect(run.record.error).toMatch(/^Budget reached: this run's budget — \$0\.0000027 of \$0\.0000020 spent/);
  });

  it('runs to the end while every budget has room', async () => {
    const run = await runTestGraph(threeCalls, {}, { run: { budgets: runBudget(1) } });
    expect(run.record.status).toBe('COMPLETED');
  });

  it("gives a sub-run what is left of its parent's budgets", async () => {
    const graphStore = new InMemoryGraphStore();
    graphStore.save('spender', threeCalls);
    const parent = graph([
      { id: 'first', block: 't.usage', inputs: { input_tokens: 1, output_tokens: 1, cost: 0.3 } },
      { id: 'sub', block: 't.subgraph', inputs: { graph_id: 'spender', inputs: {} } },
    ]);
    const run = await runTestGraph(parent, {}, { engine: { graphStore, maxConcurrency: 1 }, run: { maxConcurrency: 1, budgets: runBudget(0.7) } });
    expect(run.record.status).toBe('FAILED');
    expect(run.of('sub')[0]?.error?.message).toMatch(/Budget reached: this run's budget — \$0\.9000 of \$0\.7000 spent/);
  });
});
