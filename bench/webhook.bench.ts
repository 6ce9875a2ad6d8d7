/**
 * W3 webhook benchmark (DESIGN.md §5): HTTP trigger → 5 trivial nodes → HTTP
 * response, under bounded concurrent load on loopback. The platform runs as a
 * real server process on SQLite, every run persisted; the baseline is a bare
 * Node HTTP server doing the same arithmetic, measured the same way.
 */
import { createTestDatabase } from '@blocksmith/store/testing';
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiClient, startServerProcess } from '@blocksmith/server/testing';
import { webhookGraph } from './workloads.ts';

const CONNECTIONS = 10;
const DURATION_S = 5;

async function load(url: string, impl: string): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ x: 1 }),
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${impl}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  console.log(
    JSON.stringify({
      bench: 'W3 webhook',
      impl,
      connections: CONNECTIONS,
      duration_s: DURATION_S,
      requests: result.requests.total,
      requests_per_s: result.requests.average,
      latency_p50_ms: result.latency.p50,
      latency_p99_ms: result.latency.p99,
    }),
  );
  return result.requests.average;
}

async function baseline(): Promise<number> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      let y = (JSON.parse(body) as { x: number }).x;
      for (let i = 0; i < 5; i++) y += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'COMPLETED', outputs: { y: [y] } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await load(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, 'bare node:http');
  } finally {
    server.close();
  }
}

async function blocksmith(): Promise<number> {
  const database = await createTestDatabase('sqlite');
  // The benchmark is the only client: lift the per-address webhook limit that protects a real deployment.
  // As `npm start` runs it: the compiled JavaScript (the bench script builds it first).
  const server = await startServerProcess(
    { BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_LOG_LEVEL: 'error', BLOCKSMITH_WEBHOOK_RATE: '10000000' },
    'start',
    { compiled: true },
  );
  try {
    const client = new ApiClient(server.url);
    await client.post('/api/auth/setup', { email: 'bench@x.test', password: 'password-a' });
    const { body: graph } = await client.post('/api/graphs', webhookGraph(5));
    const { body: hook } = await client.post(`/api/graphs/${graph.id}/webhooks`, {});
    const check = await new ApiClient(server.url).post(`${hook.path}?wait=true`, { x: 1 });
    if (check.body?.outputs?.y?.[0] !== 6) throw new Error(`The W3 graph answered ${JSON.stringify(check.body)}`);
    return await load(`${server.url}${hook.path}?wait=true`, 'blocksmith (sqlite, persisted)');
  } finally {
    await server.stop();
    await database.drop();
  }
}

const base = await baseline();
const ours = await blocksmith();
console.log(JSON.stringify({ bench: 'W3 webhook', ratio_vs_baseline: Number((base / ours).toFixed(1)) }));
