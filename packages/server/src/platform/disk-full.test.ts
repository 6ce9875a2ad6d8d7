import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { connectSocket } from '../testing/ws-client.ts';
import { freePort, startServerProcess, type ServerProcess } from '../testing/server-process.ts';

/** A small file system of the test's own (tmpfs; mounting needs root, which the CI machine's runs have). */
function mountTmpfs(megabytes: number): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'blocksmith-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

/** Writes a file until the disk has no byte left. */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    // The last bytes that fit in a smaller write.
    for (let size = chunk.length / 2; size >= 512; size /= 2) {
      try {
        for (;;) writeSync(fd, chunk.subarray(0, size));
      } catch {
        // Next, smaller.
      }
    }
  } finally {
    closeSync(fd);
  }
}

const dataDir = process.getuid?.() === 0 ? mountTmpfs(32) : undefined;

describe.skipIf(!dataDir)('a full disk (SQLite on a 32 MB tmpfs)', () => {
  let server: ServerProcess;
  let api: ApiClient;
  let held: ServerResponse | undefined;
  let requested: Promise<void>;
  const upstream = createServer((_request: IncomingMessage, response: ServerResponse) => {
    held = response;
    resolveRequested();
  });
  let resolveRequested: () => void = () => undefined;

  beforeAll(async () => {
    const port = await freePort();
    upstream.listen(port, '127.0.0.1');
    await once(upstream, 'listening');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: dataDir!, BLOCKSMITH_MIN_FREE_DISK_MB: '4', BLOCKSMITH_ALLOW_HOSTS: `127.0.0.1:${port}` });
    api = new ApiClient(server.url);
    await api.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    requested = new Promise((resolve) => (resolveRequested = resolve));
    (globalThis as { upstreamPort?: number }).upstreamPort = port;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    upstream.close();
    if (dataDir) {
      execFileSync('umount', [dataDir]);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses new runs and uploads with 507 while it is full, finishes the run it had accepted, and writes that run once there is space', async () => {
    const port = (globalThis as { upstreamPort?: number }).upstreamPort!;
    const { body: graph } = await api.post('/api/graphs', {
      name: 'Ask',
      nodes: [
        { id: 'ask', block: 'http.request', inputs: { url: `http://127.0.0.1:${port}/answer` } },
        { id: 'out', block: 'output', inputs: { name: 'status' } },
      ],
      links: [{ from: { node: 'ask', output: 'status' }, to: { node: 'out', input: 'value' } }],
    });
    const accepted = await api.post(`/api/graphs/${graph.id}/runs`, {});
    expect(accepted.status).toBe(202);
    // The run waits on the upstream answer while the disk fills up.
    await requested;
    const filler = join(dataDir!, 'filler');
    fillDisk(filler);

    const refused = await api.post(`/api/graphs/${graph.id}/runs`, {});
    expect(refused.status).toBe(507);
    expect(refused.body.error.code).toBe('storage_full');
    expect(refused.body.error.message).toContain("The server's disk is nearly full");
    expect(refused.body.error.message).toContain('BLOCKSMITH_MIN_FREE_DISK_MB');
    const upload = await api.request('POST', '/api/files?name=note.txt', 'hello', { 'content-type': 'text/plain' });
    expect(upload.status).toBe(507);

    // The accepted run ends while nothing can be written: its answer is larger than the write-ahead log, whose space SQLite would reuse. Its records wait in memory.
    const socket = connectSocket(server.url, { cookie: api.cookieHeader! });
    socket.send({ type: 'subscribe', runId: accepted.body.runId });
    await socket.next((m) => m.type === 'snapshot');
    held!.end('x'.repeat(statSync(join(dataDir!, 'blocksmith.sqlite-wal')).size + 1024 * 1024));
    await socket.next((m) => m.type === 'graph_run.status' && m.status === 'COMPLETED', 30_000);
    socket.ws.close();
    while (!server.output().includes('Saving run records failed')) await new Promise((resolve) => setTimeout(resolve, 20));
    const whileFull = await api.get(`/api/runs/${accepted.body.runId}`);
    expect(whileFull.status).toBe(200);
    expect(whileFull.body.run.status).not.toBe('COMPLETED');

    rmSync(filler);
    const done = await api.waitForRun(accepted.body.runId, 30_000);
    expect(done.run).toMatchObject({ status: 'COMPLETED', outputs: { status: [200] } });
    expect(done.run.error).toBeUndefined();
    expect(done.nodes.ask.latest.status).toBe('COMPLETED');
    expect(server.output()).toContain('Run records are saved again.');
    // Space again: new runs are taken (this close to the minimum, the server looks at the disk for every start).
    expect((await api.post(`/api/graphs/${graph.id}/runs`, {})).status).toBe(202);
  }, 60_000);
});
