import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { fanOutGraph } from '../testing/fan-out-graph.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';
import { connectSocket } from '../testing/ws-client.ts';

/** A fan-out of 50 000 items, each through a node: 50 000 node runs asked for, on a server that allows 1 000. */
const runaway = fanOutGraph(50_000);

describe('one run cannot grow without bound (real server process)', () => {
  let stop: (() => Promise<void>) | undefined;
  let owner: ApiClient;
  let server: ServerProcess;

  beforeAll(async () => {
    ({ owner, server, stop } = await startWithTwoAccounts({
      BLOCKSMITH_MAX_NODE_RUNS: '1000',
      BLOCKSMITH_INLINE_OUTPUT_BYTES: '4096',
      BLOCKSMITH_MAX_OUTPUT_BYTES: String(1024 * 1024),
    }));
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
    for (let after: number | undefined = 0; after !== undefined;) {
      const { body: page }: { body: { nodeRuns: { seq: number }[]; nodeRunsNext?: number } } = await owner.get(
        `/api/runs/${started.runId}?after=${after}&limit=1000`,
      );
      expect(page.nodeRuns.length).toBeLessThanOrEqual(1000);
      for (const nodeRun of page.nodeRuns) seen.add(nodeRun.seq);
      after = page.nodeRunsNext;
    }
    expect(seen.size).toBe(1000);
    expect((await owner.get(`/api/runs/${started.runId}?limit=5000`)).status).toBe(400);
  });

  it("stops a run at its own lower limit, chosen when it starts, and refuses one above the operator's", async () => {
    const { body: graph } = await owner.post('/api/graphs', runaway);
    const { body: started } = await owner.post(`/api/graphs/${graph.id}/runs`, { maxNodeRuns: 40 });
    const detail = await owner.waitForRun(started.runId, 60_000);
    expect(detail.run).toMatchObject({ status: 'FAILED', error: expect.stringContaining('own limit of 40 node runs (maxNodeRuns') });
    expect(detail.nodeRunsTotal).toBe(40);

    const above = await owner.post(`/api/graphs/${graph.id}/runs`, { maxNodeRuns: 1001 });
    expect(above.status).toBe(400);
    expect(above.body.error).toMatchObject({
      code: 'node_run_limit',
      message: expect.stringContaining('limit of 1000 node runs per run (BLOCKSMITH_MAX_NODE_RUNS)'),
    });
    // A limit at the operator's is the operator's: its refusal names the setting.
    const { body: atMost } = await owner.post(`/api/graphs/${graph.id}/runs`, { maxNodeRuns: 1000 });
    expect((await owner.waitForRun(atMost.runId, 60_000)).run.error).toContain('limit of 1000 node runs and was stopped');
  });

  it('stores a large output as a workspace file, sends it by reference (detail, events), whole at its URL, while the next node gets the value itself', async () => {
    const { body: graph } = await owner.post('/api/graphs', {
      name: 'Large text',
      nodes: [
        { id: 'make', block: 'code.javascript', inputs: { code: 'return "é".repeat(50000)' } },
        { id: 'measure', block: 'code.javascript', inputs: { code: 'return inputs.s.length' } },
        { id: 'length', block: 'output', inputs: { name: 'length' } },
      ],
      links: [
        { from: { node: 'make', output: 'result' }, to: { node: 'measure', input: 'inputs.s' } },
        { from: { node: 'measure', output: 'result' }, to: { node: 'length', input: 'value' } },
      ],
    });
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    socket.send({ type: 'subscribe', graphId: graph.id });
    await socket.next((m) => m.type === 'subscribed');
    const { body: started } = await owner.post(`/api/graphs/${graph.id}/runs`, {});
    const detail = await owner.waitForRun(started.runId);
    expect(detail.run.outputs).toEqual({ length: [50000] });
    const made = detail.nodes.make.latest.outputs.result[0];
    expect(made.largeValue).toMatchObject({ size: 100_000, contentType: 'text/plain', preview: 'é'.repeat(2000), url: `/api/files/${made.largeValue.fileId}` });
    expect(detail.nodes.measure.latest.inputs.inputs.largeValue.contentType).toBe('application/json');
    const whole = await owner.get(made.largeValue.url);
    expect(whole.headers.get('content-type')).toContain('text/plain');
    expect(whole.text).toBe('é'.repeat(50000));
    const { body: files } = await owner.get('/api/files');
    expect(files.files.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['make-result-0.txt', 'measure-input-inputs.json']));
    // The event went out before the records were written: its reference serves the value from the run.
    const event = await socket.next((m) => m.type === 'node_run.output' && m.nodeId === 'make');
    expect(event.value.largeValue).toMatchObject({ size: 100_000, preview: 'é'.repeat(2000) });
    expect((await owner.get(event.value.largeValue.url)).text).toBe('é'.repeat(50000));
    expect((await owner.get(`/api/runs/${started.runId}/value?nodeRun=99&name=result`)).status).toBe(404);
    socket.ws.close();
  });

  it('fails a node whose output is over the ceiling, naming its size and the setting', async () => {
    const { body: graph } = await owner.post('/api/graphs', {
      name: 'Too large',
      nodes: [{ id: 'make', block: 'code.javascript', inputs: { code: 'return "x".repeat(2000000)' } }],
      links: [],
    });
    const { body: started } = await owner.post(`/api/graphs/${graph.id}/runs`, {});
    const detail = await owner.waitForRun(started.runId);
    expect(detail.nodes.make.latest.error).toEqual({
      kind: 'output_too_large',
      message:
        'Output "result" of node "make" is 1.9 MB; one output may be at most 1.0 MB (BLOCKSMITH_MAX_OUTPUT_BYTES). Put out less, or write it to a file and pass the file on.',
    });
  });
});
