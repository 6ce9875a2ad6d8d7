import { createTestDatabase } from '@blocksmith/store/testing';
import { ApiClient, freePort } from '@blocksmith/server/testing';
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { chainGraph, webhookGraph } from './bench/workloads.ts';
const which = process.argv[2] ?? 'W3';
const db = await createTestDatabase('sqlite');
const port = await freePort();
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', 'packages/cli/bin/blocksmith.js', 'start'], { env: { ...process.env, PORT: String(port), BLOCKSMITH_DATA_DIR: db.options.dataDir, BLOCKSMITH_LOG_LEVEL: 'error' }, stdio: 'inherit' });
const server = { url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
for (;;) { try { if ((await fetch(server.url + '/healthz')).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
const c = new ApiClient(server.url);
await c.post('/api/auth/setup', { email: 'b@x.test', password: 'password-a' });
const { body: g } = await c.post('/api/graphs', which === 'W1' ? chainGraph(100) : webhookGraph(5));
const { body: h } = await c.post(`/api/graphs/${g.id}/webhooks`, {});
const r = await autocannon({ url: `${server.url}${h.url}?wait=true`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":0}', connections: which === 'W1' ? 1 : 10, duration: 5 });
console.log(which, r.requests.total / 5, r.latency.p50, r.non2xx);
await server.stop(); await db.drop();
