import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startWorkerProcess, type ServerProcess } from '../testing/server-process.ts';

describe("a worker's probes (real worker process, PostgreSQL and Redis)", () => {
  let database: TestDatabase;
  let worker: ServerProcess;
  let port: number;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    port = await freePort();
    worker = await startWorkerProcess({
      DATABASE_URL: database.options.databaseUrl!,
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      REDIS_URL: 'redis://127.0.0.1:6379',
      BLOCKSMITH_REDIS_PREFIX: `test-${process.pid}-${randomBytes(4).toString('hex')}`,
      BLOCKSMITH_SECRET_KEY: randomBytes(32).toString('base64'),
      BLOCKSMITH_WORKER_HEALTH_PORT: String(port),
    });
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
    await database?.drop();
  });

  it('answers /healthz, and /readyz while the database and Redis answer, on BLOCKSMITH_WORKER_HEALTH_PORT; nothing else', async () => {
    const get = async (path: string, method = 'GET') => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { method });
      return { status: response.status, body: await response.json() };
    };
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready', database: 'ok', redis: 'ok' } });
    expect((await get('/api/graphs')).status).toBe(404);
    expect((await get('/healthz', 'POST')).status).toBe(405);
  });
});
