import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

/** A fan-out of 50 000 items, each through a node: 50 000 node runs asked for, on a server that allows 1 000. */
const runaway = {
  name: 'Runaway fan-out',
  nodes: [
    { id: 'make', block: 'code.javascript', inputs: { code: 'return Array.from({ length: 50000 }, (_, i) => i)' } },
    { id: 'each', block: 'list.for_each' },
    { id: 'double', block: 'math.arithmetic', inputs: { operation: 'multiply', b: 2 } },
  ],
  links: [
    { from: { node: 'make', output: 'result' }, to: { node: 'each', input: 'items' } },
    { from: { node: 'each', output: 'item' }, to: { node: 'double', input: 'a' } },
  ],
};

describe('one run cannot grow without bound (real server process)', () => {
  let stop: (() => Promise<void>) | undefined;
  let owner: ApiClient;

  beforeAll(async () => {
    ({ owner, stop } = await startWithTwoAccounts({ BLOCKSMITH_MAX_NODE_RUNS: '1000' }));
  });

  afterAll(async () => {
    await stop?.();
  });

  it('stops a runaway fan-out at the operator limit, and its detail comes in pages with a summary of each node', async () => {
    const { body: graph } = await owner.post('/api/graphs', runaway);
    const { body: started } = await owner.post(`/api/graphs/${graph.id}/runs`, {});
    const detail = await owner.waitForRun(started.runId, 60_000);
    expect(detail.run).toMatchObject({ status: 'FAILED', error: expect.stringContaining('limit of 1000 node runs') });
    expect(detail.nodeRunsTotal).toBe(1000);
    expect(detail.nodeRuns).toHaveLength(200);
    expect(detail.nodes.each).toMatchObject({ runs: 1, latest: { status: 'FAILED', error: { kind: 'limit' } } });
    expect(detail.nodes.double.runs).toBe(998);

    const seen = new Set<number>();
    for (let after: number | undefined = 0; after !== undefined; ) {
      const { body: page }: { body: { nodeRuns: { seq: number }[]; nodeRunsNext?: number } } = await owner.get(`/api/runs/${started.runId}?after=${after}&limit=1000`);
      expect(page.nodeRuns.length).toBeLessThanOrEqual(1000);
      for (const nodeRun of page.nodeRuns) seen.add(nodeRun.seq);
      after = page.nodeRunsNext;
    }
    expect(seen.size).toBe(1000);
    expect((await owner.get(`/api/runs/${started.runId}?limit=5000`)).status).toBe(400);
  });
});
