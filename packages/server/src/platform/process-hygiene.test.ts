import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { reviewGraph } from '../testing/review-graph.ts';
import { blocksmithArgs, freePort, runBlocksmithToExit, startServerProcess } from '../testing/server-process.ts';
import { connectSocket } from '../testing/ws-client.ts';

/** Starting and stopping the real process: refusals that say why, a bounded shutdown, nothing left behind. */
describe('the server process starts and ends cleanly', { timeout: 120_000 }, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('names the port and the variable when the port is taken', async () => {
    const port = await freePort();
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const { code, output } = await runBlocksmithToExit('start', { BLOCKSMITH_DATA_DIR: database.options.dataDir, PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`blocksmith: Port ${port} on 127.0.0.1 is in use: stop the other process or set PORT.`);
    } finally {
      taken.close();
    }
  });

  it('refuses a second server on the same data folder, naming the process that holds it', async () => {
    const first = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
    try {
      const second = await runBlocksmithToExit('start', { BLOCKSMITH_DATA_DIR: database.options.dataDir, PORT: String(await freePort()) });
      expect(second.code).toBe(1);
      expect(second.output).toContain(`is in use by process ${first.child.pid}`);
      expect(second.output).toContain('BLOCKSMITH_DATA_DIR');
    } finally {
      await first.stop();
    }
    // Let go at shutdown, and after a kill -9 the lock of the dead process is taken over.
    const again = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
    await again.kill();
    const afterCrash = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
    await afterCrash.stop();
  });

  it('started by npm through a shell (npx blocksmith start), ends when that shell is ended, instead of running on as an orphan', async () => {
    const port = await freePort();
    // `; true` keeps the shell from replacing itself with node, as the shell npm starts does not.
    const shell = spawn(
      'sh',
      [
        '-c',
        `"${process.execPath}" ${blocksmithArgs(['start'])
          .map((arg) => `"${arg}"`)
          .join(' ')}; true`,
      ],
      {
        env: {
          ...process.env,
          npm_command: 'exec',
          HOST: '127.0.0.1',
          PORT: String(port),
          BLOCKSMITH_DATA_DIR: database.options.dataDir,
          BLOCKSMITH_LOG_LEVEL: 'warn',
        },
        stdio: 'ignore',
      },
    );
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status).toBe(200);
    const { pid } = JSON.parse(readFileSync(join(database.options.dataDir, 'blocksmith.lock'), 'utf8')) as { pid: number };
    shell.kill('SIGTERM');
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await expect.poll(alive).toBe(false);
  });

  it('on SIGTERM cuts requests still waiting after BLOCKSMITH_SHUTDOWN_MS, tells sockets it is going away (1001), and loses no run', async () => {
    const env = { BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_SHUTDOWN_MS: '200' };
    const server = await startServerProcess(env);
    const owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    const { body: graph } = await owner.post('/api/graphs', reviewGraph);
    const { body: hook } = await owner.post(`/api/graphs/${graph.id}/webhooks`, {});
    // A caller waiting for the run's end, which waits for a person: it would hold shutdown for as long as the person takes.
    const waiting = fetch(`${server.url}${hook.path}?wait=true&timeout_ms=300000`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).then(
      (response) => response.status,
      () => 'cut' as const,
    );
    await expect.poll(async () => (await owner.get('/api/reviews?status=pending')).body.reviews.length).toBe(1);
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    socket.send({ type: 'subscribe', reviews: true });
    await socket.next((m) => m.type === 'subscribed');

    await server.stop();
    expect(await waiting).toBe('cut');
    await expect(socket.closed).resolves.toEqual({ code: 1001, reason: expect.stringContaining('shutting down') });

    const restarted = await startServerProcess(env);
    try {
      const client = new ApiClient(restarted.url);
      await client.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
      const [review] = (await client.get('/api/reviews?status=pending')).body.reviews;
      await client.post(`/api/reviews/${review.id}`, { decision: 'approve' });
      const done = await client.waitForRun(review.runId);
      expect(done.run).toMatchObject({ status: 'COMPLETED', outputs: { sent: ['Hi Ada'] } });
    } finally {
      await restarted.stop();
    }
  });
});
