import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { freePort, startServerProcess, startWorkerProcess, type ServerProcess } from '../testing/server-process.ts';
import { connectRedis } from './redis.ts';

/** A Redis of this test's own (the shared one must not be restarted), persisting every write like a production one. */
async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir],
    {
      stdio: 'ignore',
    },
  );
  const probe = connectRedis(`redis://127.0.0.1:${port}`, 'probe');
  await probe.ping();
  probe.disconnect();
  return child;
}

const stopRedis = (child: ChildProcess) => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));

describe('scale-out: a Redis restart loses no run', () => {
  let database: TestDatabase;
  let dir: string;
  let port: number;
  let redis: ChildProcess;
  let server: ServerProcess;
  let worker: ServerProcess;
  let api: ApiClient;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    dir = await mkdtemp(join(tmpdir(), 'blocksmith-redis-'));
    port = await freePort();
    redis = await startRedis(port, dir);
    const env = {
      DATABASE_URL: database.options.databaseUrl!,
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      REDIS_URL: `redis://127.0.0.1:${port}`,
      BLOCKSMITH_REDIS_PREFIX: `restart-${randomBytes(4).toString('hex')}`,
      BLOCKSMITH_SECRET_KEY: randomBytes(32).toString('base64'),
      BLOCKSMITH_LEASE_MS: '1500',
    };
    server = await startServerProcess(env, 'server');
    worker = await startWorkerProcess({ ...env, BLOCKSMITH_WORKER_ID: 'survivor' });
    api = new ApiClient(server.url);
    await api.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
    await server?.stop();
    if (redis?.exitCode === null) await stopRedis(redis);
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('finishes the run in flight and the run started while Redis was down', async () => {
    const nodes = [
      { id: 'first', block: 'time.delay', inputs: { ms: 800, value: 'a' } },
      { id: 'second', block: 'time.delay', inputs: { ms: 800 } },
      { id: 'out', block: 'output', inputs: { name: 'result' } },
    ];
    const links = [
      { from: { node: 'first', output: 'value' }, to: { node: 'second', input: 'value' } },
      { from: { node: 'second', output: 'value' }, to: { node: 'out', input: 'value' } },
    ];
    const { body: graph } = await api.post('/api/graphs', { name: 'Two waits', nodes, links });
    const inFlight = await api.post(`/api/graphs/${graph.id}/runs`, {});
    while ((await api.get(`/api/runs/${inFlight.body.runId}`)).body.run.status !== 'RUNNING') await new Promise((resolve) => setTimeout(resolve, 20));

    await stopRedis(redis);
    const startedDuringOutage = await api.post(`/api/graphs/${graph.id}/runs`, {});
    expect(startedDuringOutage.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    redis = await startRedis(port, dir);

    for (const runId of [inFlight.body.runId, startedDuringOutage.body.runId]) {
      const done = await api.waitForRun(runId, 30_000);
      expect(done.run).toMatchObject({ status: 'COMPLETED', outputs: { result: ['a'] } });
    }
  }, 60_000);
});
