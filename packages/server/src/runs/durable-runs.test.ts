import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { greeterGraph } from '../testing/greeter-graph.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

const slowFanout = {
  name: 'Slow fan-out',
  nodes: [
    { id: 'each', block: 'list.for_each', inputs: { items: [1, 2, 3, 4, 5] } },
    { id: 'wait', block: 'time.delay', inputs: { ms: 250 } },
    { id: 'times10', block: 'math.arithmetic', inputs: { operation: 'multiply', b: 10 } },
    { id: 'out', block: 'output', inputs: { name: 'results' } },
  ],
  links: [
    { from: { node: 'each', output: 'item' }, to: { node: 'wait', input: 'value' } },
    { from: { node: 'wait', output: 'value' }, to: { node: 'times10', input: 'a' } },
    { from: { node: 'times10', output: 'result' }, to: { node: 'out', input: 'value' } },
  ],
};

describe.each(TEST_DIALECTS)('durable runs on %s', (dialect) => {
  let database: TestDatabase;
  let server: ServerProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    env = {
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      ...(database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : {}),
      BLOCKSMITH_MAX_CONCURRENCY: '1',
    };
    server = await startServerProcess(env);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const interruptAndResume = async (stop: (s: ServerProcess) => Promise<void>, email: string) => {
    let client = new ApiClient(server.url);
    if ((await client.get('/api/auth/state')).body.needsSetup) await client.post('/api/auth/setup', { email, password: 'password-a' });
    else await client.post('/api/auth/login', { email, password: 'password-a' });
    const { body: graph } = await client.post('/api/graphs', slowFanout);
    const { body: started } = await client.post(`/api/graphs/${graph.id}/runs`, {});
    // Stopped once a node run has been recorded as completed, whatever the machine's speed.
    const completedWaits = async () =>
      (await client.get(`/api/runs/${started.runId}`)).body.nodeRuns.filter(
        (r: { nodeId: string; status: string }) => r.nodeId === 'wait' && r.status === 'COMPLETED',
      ).length;
    await expect.poll(completedWaits).toBeGreaterThanOrEqual(1);
    await stop(server);
    const stoppedAt = Date.now();

    server = await startServerProcess(env);
    client = new ApiClient(server.url);
    await client.post('/api/auth/login', { email, password: 'password-a' });
    const done = await client.waitForRun(started.runId);
    expect(done.run.status).toBe('COMPLETED');
    expect([...done.run.outputs.results].sort((a: number, b: number) => a - b)).toEqual([10, 20, 30, 40, 50]);
    const waits = done.nodeRuns.filter((r: { nodeId: string }) => r.nodeId === 'wait');
    expect(waits.map((r: { inputs: { value: number } }) => r.inputs.value).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(waits.every((r: { status: string }) => r.status === 'COMPLETED')).toBe(true);
    // Node runs finished before the stop kept their original times: they were not run again.
    const keptFromBefore = waits.filter((r: { endedAt: number }) => r.endedAt < stoppedAt);
    expect(keptFromBefore.length).toBeGreaterThanOrEqual(1);
    expect(keptFromBefore.length).toBeLessThan(5);
    expect(done.nodeRuns).toHaveLength(1 + 5 * 3);
  };

  it('kill -9 mid-run: the next start continues the run from its persisted node results', async () => {
    await interruptAndResume((s) => s.kill(), 'owner@x.test');
  });

  it('kill -9 during a burst of webhook calls: every call answered 2xx has its run after the restart', async () => {
    let client = new ApiClient(server.url);
    if ((await client.get('/api/auth/state')).body.needsSetup) await client.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    else await client.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    const { body: graph } = await client.post('/api/graphs', greeterGraph);
    const { path } = (await client.post(`/api/graphs/${graph.id}/webhooks`, {})).body;
    const hookUrl = `${server.url}${path}`;
    const answered: { runId: string; who: string }[] = [];
    const refused: number[] = [];
    let killed: Promise<void> | undefined;
    // Eight calls in flight at all times; the kill comes once twenty have been answered, so some are cut off mid-way.
    const caller = async (n: number): Promise<void> => {
      for (let i = 0; !killed; i++) {
        const who = `caller ${n}.${i}`;
        try {
          const response = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ who }) });
          const body = (await response.json()) as { runId?: string };
          if (!response.ok) return void refused.push(response.status);
          answered.push({ runId: body.runId!, who });
        } catch (error) {
          // Only the kill may cut a call off.
          if (killed) return;
          throw error;
        }
        if (answered.length >= 20) killed ??= server.kill();
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, n) => caller(n)));
    await killed;

    server = await startServerProcess(env);
    client = new ApiClient(server.url);
    await client.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    for (const { runId, who } of answered) {
      const done = await client.waitForRun(runId);
      expect(done.run.status).toBe('COMPLETED');
      expect(done.run.outputs.greeting).toEqual([`Hello ${who}`]);
    }
    expect(refused).toEqual([]);
    expect(answered.length).toBeGreaterThanOrEqual(20);
    expect(refused).toEqual([]);
  });

  it('a clean stop (SIGTERM) mid-run also resumes on the next start', async () => {
    await interruptAndResume((s) => s.stop(), 'owner@x.test');
  });

  it('kill -9 after a large value was stored as a file: the resumed run gives the next node the value itself', async () => {
    let client = new ApiClient(server.url);
    await client.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    const { body: graph } = await client.post('/api/graphs', {
      name: 'Large value across a restart',
      nodes: [
        { id: 'make', block: 'code.javascript', inputs: { code: 'return "é".repeat(200000)' } },
        { id: 'ask', block: 'human.review', inputs: { message: 'Go on?' } },
        { id: 'measure', block: 'code.javascript', inputs: { code: 'return typeof inputs.v === "string" ? inputs.v.length : "a reference"' } },
        { id: 'out', block: 'output', inputs: { name: 'length' } },
      ],
      links: [
        { from: { node: 'make', output: 'result' }, to: { node: 'ask', input: 'data' } },
        { from: { node: 'ask', output: 'approved' }, to: { node: 'measure', input: 'inputs.v' } },
        { from: { node: 'measure', output: 'result' }, to: { node: 'out', input: 'value' } },
      ],
    });
    const { body: started } = await client.post(`/api/graphs/${graph.id}/runs`, {});
    // Stored: the output is a file reference in the records before the process dies.
    await expect
      .poll(async () => (await client.get(`/api/runs/${started.runId}`)).body.nodes.make?.latest.outputs.result?.[0].largeValue?.fileId)
      .toEqual(expect.any(String));
    await expect.poll(async () => (await client.get('/api/reviews?status=pending')).body.reviews.length).toBe(1);
    await server.kill();

    server = await startServerProcess(env);
    client = new ApiClient(server.url);
    await client.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    const [review] = (await client.get('/api/reviews?status=pending')).body.reviews;
    await client.post(`/api/reviews/${review.id}`, { decision: 'approve' });
    const done = await client.waitForRun(started.runId);
    expect(done.run).toMatchObject({ status: 'COMPLETED', outputs: { length: [200000] } });
  });
});
