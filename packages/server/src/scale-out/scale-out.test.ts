import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, type RunEvent } from '@blocksmith/engine';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { deleteQueue, RABBIT, sendToQueue } from '../testing/brokers.ts';
import { fanOutGraph } from '../testing/fan-out-graph.ts';
import { greeterGraph } from '../testing/greeter-graph.ts';
import { reviewGraph } from '../testing/review-graph.ts';
import { startServerProcess, startWorkerProcess, type ServerProcess } from '../testing/server-process.ts';
import { connectSocket } from '../testing/ws-client.ts';
import { importAgents } from '../operator/import-agents.ts';
import { withOperatorStore } from '../operator/operator-store.ts';
import { loadConfig } from '../platform/config.ts';
import { connectRedis } from './redis.ts';

/** A chain of `steps` one-second-ish waits; step i yields i to the `steps` output, so every result shows exactly once. */
function chainGraph(steps: number, ms: number) {
  const nodes: unknown[] = [{ id: 'out', block: 'output', inputs: { name: 'steps' } }];
  const links: unknown[] = [];
  for (let i = 1; i <= steps; i++) {
    nodes.push({ id: `wait${i}`, block: 'time.delay', inputs: { ms, ...(i === 1 ? { value: 1 } : {}) } });
    links.push({ from: { node: `wait${i}`, output: 'value' }, to: { node: 'out', input: 'value' } });
    if (i < steps) {
      nodes.push({ id: `next${i}`, block: 'math.arithmetic', inputs: { operation: 'add', b: 1 } });
      links.push({ from: { node: `wait${i}`, output: 'value' }, to: { node: `next${i}`, input: 'a' } });
      links.push({ from: { node: `next${i}`, output: 'result' }, to: { node: `wait${i + 1}`, input: 'value' } });
    }
  }
  return { name: `chain of ${steps}`, nodes, links };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Two API servers and two workers as real processes on the real PostgreSQL and Redis. */
describe('scale-out: servers and workers on PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let serverA: ServerProcess;
  let serverB: ServerProcess;
  const workers = new Map<string, ServerProcess>();
  let a: ApiClient;
  let b: ApiClient;
  let workerCount = 0;

  const startWorker = async () => {
    const id = `w${++workerCount}`;
    workers.set(id, await startWorkerProcess({ ...env, BLOCKSMITH_WORKER_ID: id }));
    return id;
  };
  /** The worker whose log says it claimed the run last. */
  const claimant = (runId: string) =>
    [...workers]
      .filter(([, w]) => w.output().includes(`run ${runId} claimed`))
      .sort(([, x], [, y]) => y.output().lastIndexOf(runId) - x.output().lastIndexOf(runId))[0]?.[0];

  const createGraph = async (graph: unknown): Promise<string> => (await a.post('/api/graphs', graph)).body.id;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    env = {
      DATABASE_URL: database.options.databaseUrl!,
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      REDIS_URL: 'redis://127.0.0.1:6379',
      BLOCKSMITH_REDIS_PREFIX: `test-${process.pid}-${randomBytes(4).toString('hex')}`,
      BLOCKSMITH_SECRET_KEY: randomBytes(32).toString('base64'),
      BLOCKSMITH_LEASE_MS: '1500',
      BLOCKSMITH_DRAIN_MS: '300',
      BLOCKSMITH_WORKER_CONCURRENCY: '4',
      BLOCKSMITH_SIGNUP: 'invitation',
      BLOCKSMITH_MAX_NODE_RUNS: '20000',
      BLOCKSMITH_METRICS_TOKEN: randomBytes(16).toString('hex'),
      // The machine's RabbitMQ, for the message trigger.
      BLOCKSMITH_ALLOW_HOSTS: '127.0.0.1:5672',
    };
    [serverA, serverB] = await Promise.all([startServerProcess(env, 'server'), startServerProcess(env, 'server')]);
    await Promise.all([startWorker(), startWorker()]);
    a = new ApiClient(serverA.url);
    await a.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    b = new ApiClient(serverB.url);
    await b.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([...workers.values()].map((w) => w.stop()));
    await Promise.all([serverA?.stop(), serverB?.stop()]);
    await database?.drop();
  });

  it('fires a schedule every second for ten seconds: one run per fire time, none missing, with two servers scheduling', async () => {
    const graphId = await createGraph(chainGraph(1, 1));
    const { body } = await a.post(`/api/graphs/${graphId}/schedules`, { name: 'every second', cron: '* * * * * *', timezone: 'UTC' });
    const fireTimes = async (): Promise<number[]> =>
      (await b.get(`/api/runs?graphId=${graphId}&limit=200`)).body.runs.map((r: { trigger: { fireTime: number } }) => r.trigger.fireTime).sort();
    let seen: number[] = [];
    while (seen.length < 2 || seen.at(-1)! - seen[0]! < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      seen = await fireTimes();
    }
    expect((await b.delete(`/api/schedules/${body.schedule.id}`)).status).toBe(204);
    const all = await fireTimes();
    expect(all.length).toBeGreaterThanOrEqual(11);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => all[0]! + i * 1000));
    const runs = (await a.get(`/api/runs?graphId=${graphId}&limit=200`)).body.runs;
    await Promise.all(runs.map((r: { id: string }) => a.waitForRun(r.id)));
    // Nothing fires after the delete, on either server.
    const after = await fireTimes();
    expect(after.every((t) => t <= all.at(-1)!)).toBe(true);
  });

  it('spreads runs over the workers, whichever server started them', async () => {
    const graphId = await createGraph(chainGraph(1, 300));
    const started = await Promise.all(range(8).map((i) => (i % 2 ? a : b).post(`/api/graphs/${graphId}/runs`, {})));
    expect(started.map((s) => s.status)).toEqual(range(8).map(() => 202));
    const done = await Promise.all(started.map((s) => a.waitForRun(s.body.runId)));
    expect(done.map((d) => d.run.status)).toEqual(range(8).map(() => 'COMPLETED'));
    const claimedBy = new Set(started.map((s) => claimant(s.body.runId)));
    expect(claimedBy).toEqual(new Set(['w1', 'w2']));
  });

  it('shows a client on server A the live events of a run started through server B', async () => {
    const graphId = await createGraph(chainGraph(2, 100));
    const socket = connectSocket(serverA.url, { cookie: a.cookieHeader! });
    socket.send({ type: 'subscribe', graphId });
    await socket.next((m) => m.type === 'subscribed');
    const started = await b.post(`/api/graphs/${graphId}/runs`, {});
    const end = await socket.next((m) => m.type === 'graph_run.status' && m.runId === started.body.runId && m.status === 'COMPLETED', 10_000);
    expect(end.graphId).toBe(graphId);
    const outputs = socket.messages.filter((m) => m.type === 'node_run.output' && m.runId === started.body.runId && m.nodeId.startsWith('wait'));
    expect(outputs.map((m) => m.value)).toEqual([1, 2]);
    socket.ws.close();
  });

  it('sends node events over Redis only for runs a client follows, and reports every node run in /metrics through any server', async () => {
    const { nodes, links } = {
      nodes: [
        { id: 'slug', block: 'text.slugify', inputs: { text: 'Node Events' } },
        { id: 'out', block: 'output', inputs: { name: 'slug' } },
      ],
      links: [{ from: { node: 'slug', output: 'slug' }, to: { node: 'out', input: 'value' } }],
    };
    const graphId = await createGraph({ name: 'slugify', nodes, links });
    const tap = connectRedis(env.REDIS_URL!, 'test-tap');
    const crossed: RunEvent[] = [];
    tap.on('message', (_channel: string, message: string) => crossed.push(...(JSON.parse(message) as { events: RunEvent[] }).events));
    await tap.subscribe(`${env.BLOCKSMITH_REDIS_PREFIX}:events`);
    const ended = (runId: string) =>
      new Promise<void>((resolve) => {
        const check = () => crossed.some((e) => e.type === 'graph_run.status' && e.runId === runId && e.status === 'COMPLETED') && resolve();
        tap.on('message', check);
        check();
      });

    const unfollowed = (await a.post(`/api/graphs/${graphId}/runs`, {})).body.runId as string;
    await ended(unfollowed);
    expect(crossed.filter((e) => e.runId === unfollowed).map((e) => e.type)).not.toContain('node_run.status');

    const socket = connectSocket(serverB.url, { cookie: b.cookieHeader! });
    socket.send({ type: 'subscribe', graphId });
    await socket.next((m) => m.type === 'subscribed');
    const followed = (await a.post(`/api/graphs/${graphId}/runs`, {})).body.runId as string;
    await ended(followed);
    expect(crossed.filter((e) => e.runId === followed && e.type === 'node_run.output').map((e) => e.type === 'node_run.output' && e.value)).toContain(
      'node-events',
    );
    socket.ws.close();
    tap.disconnect();

    // Workers share what they counted every few seconds: both runs' node runs show, whichever server is asked.
    const count = /blocksmith_node_run_duration_seconds_count\{block="text.slugify",status="COMPLETED"\} (\d+)/;
    for (;;) {
      const text = (await b.request('GET', '/metrics', undefined, { authorization: `Bearer ${env.BLOCKSMITH_METRICS_TOKEN}` })).text as string;
      if (count.exec(text)?.[1] === '2') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 30_000);

  it('keeps what every webhook call reads in memory, and a change made through one server reaches the other: a new version runs, a deleted webhook stops answering', async () => {
    const says = (value: string) => ({ name: 'says', nodes: [{ id: 'out', block: 'output', inputs: { name: 'said', value } }], links: [] });
    const graphId = await createGraph(says('one'));
    const { body: hook } = await a.post(`/api/graphs/${graphId}/webhooks`, { name: 'hook' });
    const viaB = async () => {
      const answer = await b.post(`${hook.path}?wait=true`, {});
      return answer.status === 200 ? answer.body.outputs.said[0] : answer.status;
    };
    expect(await viaB()).toBe('one');
    expect((await a.put(`/api/graphs/${graphId}`, says('two'))).status).toBe(200);
    // The change reaches server B with its announcement through Redis: at the latest a moment later.
    while ((await viaB()) !== 'two');
    // An operator's import beside the running deployment (blocksmith import) reaches the servers' memory the same way.
    const config = loadConfig({ ...process.env, ...env });
    const ownerId = (await a.get('/api/auth/me')).body.user.id as string;
    const file = {
      blocksmith: 'agents',
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      agents: [{ id: graphId, workspaceId: ownerId, version: 2, graph: says('three') }],
    };
    const [imported] = await withOperatorStore(config, 'import', true, (store) => importAgents(store, new BlockRegistry(standardBlocks), file));
    expect(imported).toMatchObject({ outcome: 'updated', id: graphId, version: 3 });
    while ((await viaB()) !== 'three');
    expect((await a.delete(`/api/webhooks/${hook.webhook.id}`)).status).toBe(204);
    while ((await viaB()) !== 404);
  });

  it("closes a removed member's connections on every server, whichever server removed them", async () => {
    const team = (await a.post('/api/workspaces', { name: 'Team' })).body.workspace.id;
    const { token } = (await a.post(`/api/workspaces/${team}/invitations`, { role: 'viewer' })).body;
    const member = new ApiClient(serverB.url);
    expect((await member.post('/api/auth/signup', { email: 'member@x.test', password: 'password-m', invitation: token })).status).toBe(201);
    const socket = connectSocket(serverB.url, { cookie: member.cookieHeader! });
    socket.send({ type: 'subscribe', runs: true, workspaceId: team });
    await socket.next((m) => m.type === 'subscribed');
    const memberId = (await member.get('/api/auth/me')).body.user.id;
    expect((await a.delete(`/api/workspaces/${team}/members/${memberId}`)).status).toBe(204);
    expect((await socket.closed).code).toBe(4409);
  });

  it('answers a webhook with the outputs of the run a worker executed', async () => {
    const graphId = await createGraph(chainGraph(2, 50));
    const { body } = await a.post(`/api/graphs/${graphId}/webhooks`, { name: 'hook' });
    const waited = await new ApiClient(serverB.url).post(`${body.path}?wait=true`, {});
    expect(waited.body).toMatchObject({ status: 'COMPLETED', outputs: { steps: [1, 2] } });
  });

  it("stops a run on a worker at the operator's node-run limit, or at the run's own lower one", async () => {
    const graphId = await createGraph(fanOutGraph(30_000));
    const operators = await a.waitForRun((await a.post(`/api/graphs/${graphId}/runs`, {})).body.runId, 60_000);
    expect(operators.run).toMatchObject({ status: 'FAILED', error: expect.stringContaining('limit of 20000 node runs') });
    expect(operators.run.error).toContain('BLOCKSMITH_MAX_NODE_RUNS');
    expect(operators.nodeRunsTotal).toBe(20_000);

    const own = await b.waitForRun((await b.post(`/api/graphs/${graphId}/runs`, { maxNodeRuns: 50 })).body.runId);
    expect(own.run).toMatchObject({ status: 'FAILED', error: expect.stringContaining('own limit of 50 node runs') });
    expect(own.nodeRunsTotal).toBe(50);

    const above = await a.post(`/api/graphs/${graphId}/runs`, { maxNodeRuns: 30_000 });
    expect(above.status).toBe(400);
    expect(above.body.error).toMatchObject({ code: 'node_run_limit', message: expect.stringContaining('BLOCKSMITH_MAX_NODE_RUNS') });
  });

  it('re-runs from a node on a worker, reusing what the re-run node does not depend on', async () => {
    const graphId = await createGraph(chainGraph(2, 50));
    const first = await a.waitForRun((await a.post(`/api/graphs/${graphId}/runs`, {})).body.runId);
    const again = await b.waitForRun((await b.post(`/api/runs/${first.run.id}/rerun`, { fromNode: 'next1' })).body.runId);
    expect(again.run).toMatchObject({ status: 'COMPLETED', outputs: { steps: [1, 2] }, trigger: { kind: 'rerun', fromNode: 'next1' } });
    const reused = again.nodeRuns.filter((r: { reusedFrom?: string }) => r.reusedFrom).map((r: { nodeId: string }) => r.nodeId);
    expect(reused).toEqual(['wait1']);
  });

  it("puts a node's pinned outputs out on a worker, for runs from the editor only", async () => {
    const graphId = await createGraph(chainGraph(2, 50));
    expect((await a.put(`/api/graphs/${graphId}/pins/wait1`, { outputs: { value: [7] } })).status).toBe(200);
    const pinned = await b.waitForRun((await b.post(`/api/graphs/${graphId}/runs`, { usePins: true })).body.runId);
    expect(pinned.run).toMatchObject({ status: 'COMPLETED', outputs: { steps: [7, 8] }, trigger: { kind: 'manual', pins: true } });
    const plain = await b.waitForRun((await b.post(`/api/graphs/${graphId}/runs`, {})).body.runId);
    expect(plain.run.outputs).toEqual({ steps: [1, 2] });
  });

  it('continues a run on another worker after kill -9, with every node result exactly once', async () => {
    const graphId = await createGraph(chainGraph(8, 400));
    const { body } = await b.post(`/api/graphs/${graphId}/runs`, {});
    const runId = body.runId;
    let completed = 0;
    while (completed < 3) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      completed = (await a.get(`/api/runs/${runId}`)).body.nodeRuns.filter(
        (r: { nodeId: string; status: string }) => r.nodeId.startsWith('wait') && r.status === 'COMPLETED',
      ).length;
    }
    const victim = claimant(runId)!;
    await workers.get(victim)!.kill();
    workers.delete(victim);
    const done = await a.waitForRun(runId, 30_000);
    expect(done.run.status).toBe('COMPLETED');
    expect(done.run.outputs).toEqual({ steps: range(8) });
    const perNode = new Map<string, number>();
    for (const run of done.nodeRuns) perNode.set(run.nodeId, (perNode.get(run.nodeId) ?? 0) + 1);
    // Each wait and add ran once (replayed, not repeated); the Output node once per step.
    expect(Object.fromEntries(perNode)).toEqual({
      ...Object.fromEntries(range(8).map((i) => [`wait${i}`, 1])),
      ...Object.fromEntries(range(7).map((i) => [`next${i}`, 1])),
      out: 8,
    });
    const heir = claimant(runId)!;
    expect(heir).not.toBe(victim);
    const resumedWith = Number(
      /resuming with (\d+) completed node runs/.exec(workers.get(heir)!.output().slice(workers.get(heir)!.output().indexOf(runId)))![1],
    );
    expect(resumedWith).toBeGreaterThanOrEqual(completed);
    await startWorker();
  }, 60_000);

  it('parks a run that waits on a review: the worker is free, its death loses nothing, and an approval through either server finishes the run', async () => {
    const graphId = await createGraph(reviewGraph);
    const reviewOf = async (runId: string) => {
      await a.waitForStatus(runId, 'REVIEW', 30_000);
      return (await a.get('/api/reviews')).body.reviews.find((r: { runId: string }) => r.runId === runId);
    };
    const parked = (runId: string) => [...workers].find(([, w]) => w.output().includes(`run ${runId} parked, waiting on 1 review`))?.[0];
    const { body: first } = await b.post(`/api/graphs/${graphId}/runs`, { inputs: { draft: 'Draft before the worker died' } });
    const review = await reviewOf(first.runId);
    let parker: string | undefined;
    while (!(parker = parked(first.runId))) await new Promise((resolve) => setTimeout(resolve, 50));
    await workers.get(parker)!.kill();
    workers.delete(parker);
    expect((await a.post(`/api/reviews/${review.id}`, { decision: 'approve', data: 'Edited after the worker died' })).status).toBe(200);
    const done = await b.waitForRun(first.runId, 30_000);
    expect(done.run).toMatchObject({ status: 'COMPLETED', outputs: { sent: ['Edited after the worker died'] } });
    expect(claimant(first.runId)).not.toBe(parker);

    // Deciding through the other server queues the parked run again at once.
    const { body: second } = await a.post(`/api/graphs/${graphId}/runs`, { inputs: { draft: 'Second draft' } });
    const pending = await reviewOf(second.runId);
    expect((await b.post(`/api/reviews/${pending.id}`, { decision: 'reject', reason: 'Not today.' })).status).toBe(200);
    const rejected = await a.waitForRun(second.runId, 10_000);
    expect(rejected.run.outputs).toEqual({ stopped: [{ reason: 'Not today.', data: 'Second draft' }] });
    await startWorker();
  }, 60_000);

  it('a parked run holds no worker: a worker that runs one run at a time executes others while reviews wait, and a parked run can be stopped', async () => {
    const single = await startWorkerProcess({ ...env, BLOCKSMITH_WORKER_ID: 'single', BLOCKSMITH_WORKER_CONCURRENCY: '1' });
    try {
      await Promise.all([...workers.values()].map((w) => w.stop()));
      workers.clear();
      const reviewed = await createGraph(reviewGraph);
      const waiting = await Promise.all(range(3).map(() => a.post(`/api/graphs/${reviewed}/runs`, {})));
      for (const started of waiting) await a.waitForStatus(started.body.runId, 'REVIEW', 30_000);
      const chain = await createGraph(chainGraph(2, 50));
      const { body } = await b.post(`/api/graphs/${chain}/runs`, {});
      expect((await a.waitForRun(body.runId, 30_000)).run.status).toBe('COMPLETED');
      expect(single.output()).toContain(`run ${waiting[0]!.body.runId} parked`);
      const [stopMe, ...approveUs] = waiting.map((w) => w.body.runId as string);
      expect((await a.post(`/api/runs/${stopMe}/stop`, {})).body.run.status).toBe('TERMINATED');
      const reviews = (await a.get('/api/reviews')).body.reviews.filter((r: { runId: string }) => approveUs.includes(r.runId));
      expect(reviews).toHaveLength(2);
      for (const review of reviews) await b.post(`/api/reviews/${review.id}`, { decision: 'approve' });
      const done = await Promise.all(approveUs.map((runId) => a.waitForRun(runId, 30_000)));
      expect(done.map((d) => d.run.outputs)).toEqual([{ sent: ['Hi Ada'] }, { sent: ['Hi Ada'] }]);
    } finally {
      await single.stop();
      await Promise.all([startWorker(), startWorker()]);
    }
  }, 60_000);

  it('stops a run on whichever worker executes it, through either server', async () => {
    const graphId = await createGraph(chainGraph(1, 20_000));
    const { body } = await a.post(`/api/graphs/${graphId}/runs`, {});
    while ((await a.get(`/api/runs/${body.runId}`)).body.run.status !== 'RUNNING') await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = await b.post(`/api/runs/${body.runId}/stop`, {});
    expect(stopped.body.run.status).toBe('TERMINATED');
    const { nodeRuns } = (await a.get(`/api/runs/${body.runId}`)).body;
    expect(nodeRuns[0]).toMatchObject({ status: 'TERMINATED', error: { kind: 'cancelled', message: 'Stopped by the user.' } });
  });

  it('on SIGTERM a worker takes no new runs and hands a running one back to another worker', async () => {
    const graphId = await createGraph(chainGraph(4, 500));
    const { body } = await a.post(`/api/graphs/${graphId}/runs`, {});
    let claimedBy: string | undefined;
    while (!(claimedBy = claimant(body.runId))) await new Promise((resolve) => setTimeout(resolve, 20));
    const draining = workers.get(claimedBy)!;
    const stoppedAt = Date.now();
    await draining.stop();
    workers.delete(claimedBy);
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(draining.output()).toContain(`run ${body.runId} handed back`);
    const done = await a.waitForRun(body.runId, 30_000);
    expect(done.run).toMatchObject({ status: 'COMPLETED', outputs: { steps: range(4) } });
    expect(claimant(body.runId)).not.toBe(claimedBy);
    await startWorker();
  }, 60_000);

  it('caps the runs one user executes at once', async () => {
    const capped = await startWorkerProcess({ ...env, BLOCKSMITH_WORKER_ID: 'capped', BLOCKSMITH_USER_MAX_RUNS: '1' });
    try {
      // Every worker shares the cap's bookkeeping, but each enforces its own configured cap: stop the others for this test.
      await Promise.all([...workers.values()].map((w) => w.stop()));
      workers.clear();
      const graphId = await createGraph(chainGraph(1, 400));
      const started = await Promise.all(range(3).map(() => a.post(`/api/graphs/${graphId}/runs`, {})));
      const done = await Promise.all(started.map((s) => a.waitForRun(s.body.runId, 30_000)));
      const spans: { start: number; end: number }[] = done.map((d) => ({ start: d.run.startedAt, end: d.run.endedAt })).sort((x, y) => x.start - y.start);
      // One at a time: each run starts only after the one before it ended.
      spans.slice(1).forEach((span, i) => expect(span.start).toBeGreaterThanOrEqual(spans[i]!.end - 50));
    } finally {
      await capped.stop();
      await Promise.all([startWorker(), startWorker()]);
    }
  }, 60_000);

  it('runs each message of a trigger once across the servers, and another server consumes it when the one consuming dies', async () => {
    const serverC = await startServerProcess(env, 'server');
    const c = new ApiClient(serverC.url);
    await c.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    const graphId = await createGraph(greeterGraph);
    const queue = `blocksmith-scale-out-${randomBytes(6).toString('hex')}`;
    const credentialId = (await c.post('/api/credentials', { name: 'rabbit', kind: 'amqp', fields: { url: RABBIT } })).body.credential.id;
    const { trigger } = (await c.post(`/api/graphs/${graphId}/message-triggers`, { broker: 'amqp', credentialId, source: queue, input: 'who' })).body;
    await expect
      .poll(async () => (await a.get(`/api/message-triggers/${trigger.id}`)).body.trigger.status, { timeout: 20_000, interval: 50 })
      .toBe('listening');
    const greeted = async () => {
      const { runs } = (await b.get(`/api/runs?graphId=${graphId}&limit=100`)).body as { runs: { id: string }[] };
      return (await Promise.all(runs.map(async (run) => (await a.waitForRun(run.id)).run.outputs.greeting[0] as string))).sort();
    };
    const names = (from: number) => range(10).map((i) => `m${from + i}`);
    await sendToQueue(queue, names(0));
    await expect.poll(async () => (await greeted()).length, { timeout: 30_000, interval: 100 }).toBe(10);
    // The server consuming dies: its hold lapses, another server takes the trigger, and nothing is lost or run twice.
    await serverC.kill();
    await sendToQueue(queue, names(10));
    await expect.poll(async () => (await greeted()).length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(20);
    expect(await greeted()).toEqual([...names(0), ...names(10)].map((n) => `Hello ${n}`).sort());
    const runs = (await a.get(`/api/runs?graphId=${graphId}&limit=100`)).body.runs as { id: string }[];
    expect(new Set(runs.map((run) => claimant(run.id)))).not.toContain(undefined);
    expect((await a.delete(`/api/message-triggers/${trigger.id}`)).status).toBe(204);
    await deleteQueue(queue);
  }, 90_000);

  it('continues an evaluation on another server when the server running it dies', async () => {
    const serverC = await startServerProcess(env, 'server');
    const c = new ApiClient(serverC.url);
    await c.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    const graphId = await createGraph({
      name: 'Second each',
      nodes: [
        { id: 'wait', block: 'time.delay', inputs: { value: 'done', ms: 1000 } },
        { id: 'out', block: 'output', inputs: { name: 'result' } },
      ],
      links: [{ from: { node: 'wait', output: 'value' }, to: { node: 'out', input: 'value' } }],
    });
    await a.post('/api/datasets', {
      name: 'four seconds',
      evaluators: [{ kind: 'exact', output: 'result' }],
      cases: range(4).map(() => ({ expected: { result: 'done' } })),
    });
    const { evaluation } = (await c.post(`/api/graphs/${graphId}/evaluations`, { dataset: 'four seconds', concurrency: 1 })).body;
    await expect
      .poll(async () => (await a.get(`/api/evaluations/${evaluation.id}`)).body.evaluation.summary?.done ?? 0, { timeout: 30_000, interval: 100 })
      .toBeGreaterThanOrEqual(1);
    await serverC.kill();
    // Killed with cases still to run: another server takes the evaluation over once its lease has run out.
    expect((await a.get(`/api/evaluations/${evaluation.id}`)).body.evaluation.summary.done).toBeLessThan(4);
    const ended = await a.waitForEvaluation(evaluation.id, 45_000);
    expect(ended.evaluation).toMatchObject({ status: 'COMPLETED', summary: { cases: 4, done: 4, score: 1 } });
    expect(ended.cases.map((one: { status: string }) => one.status)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED']);
  }, 90_000);
});
