import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

/** input → `length` additions in a line → output: `length + 2` nodes. */
function chain(length: number) {
  const nodes: unknown[] = [{ id: 'in', block: 'input', inputs: { name: 'x', value: 0 } }];
  const links: unknown[] = [];
  let previous = 'in';
  for (let i = 0; i < length; i++) {
    nodes.push({ id: `add${i}`, block: 'math.arithmetic', inputs: { operation: 'add', b: 1 } });
    links.push({ from: { node: previous, output: 'result' }, to: { node: `add${i}`, input: 'a' } });
    previous = `add${i}`;
  }
  nodes.push({ id: 'out', block: 'output', inputs: { name: 'result' } });
  links.push({ from: { node: previous, output: 'result' }, to: { node: 'out', input: 'value' } });
  return { name: `chain of ${length}`, nodes, links };
}

describe('graphs of 50 000 nodes (real server process, default limits)', () => {
  let stop: (() => Promise<void>) | undefined;
  let owner: ApiClient;

  beforeAll(async () => {
    ({ owner, stop } = await startWithTwoAccounts());
  });

  afterAll(async () => {
    await stop?.();
  });

  it('saves, opens and runs one, a body of about 8 MB', async () => {
    const graph = chain(49_998);
    const created = await owner.post('/api/graphs', graph);
    expect(created.status).toBe(201);
    expect(created.body.issues).toEqual([]);
    const opened = await owner.get(`/api/graphs/${created.body.id}`);
    expect(opened.body.graph.nodes).toHaveLength(50_000);
    const saved = await owner.put(`/api/graphs/${created.body.id}?baseVersion=1`, { ...graph, name: 'chain, again' });
    expect(saved.body).toMatchObject({ version: 2, name: 'chain, again' });

    const { body: started } = await owner.post(`/api/graphs/${created.body.id}/runs`, {});
    const detail = await owner.waitForRun(started.runId, 60_000);
    expect(detail.run).toMatchObject({ status: 'COMPLETED', outputs: { result: [49_998] } });
    expect(detail.nodeRunsTotal).toBe(50_000);
    // Bounded for a loaded machine: it moves 8 MB four times and makes 50 000 node runs.
  }, 120_000);

  it('refuses a graph of more nodes, naming the limit', async () => {
    const tooMany = await owner.post('/api/graphs', chain(50_000));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('50000');
  });
});
