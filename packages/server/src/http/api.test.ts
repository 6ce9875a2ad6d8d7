import { readFile } from 'node:fs/promises';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { signBody, signStripe } from '../webhooks/webhook-signature.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';
import { slowGraph } from '../testing/slow-graph.ts';

const PUBLIC_URL = 'https://agents.example.test/blocksmith';
const METRICS_TOKEN = 'scraper-token-0123456789';

const echoGraph = {
  name: 'Echo',
  nodes: [
    { id: 'in', block: 'input', inputs: { name: 'text', value: 'default' } },
    { id: 'up', block: 'text.case', inputs: { mode: 'upper' } },
    { id: 'out', block: 'output', inputs: { name: 'loud' } },
  ],
  links: [
    { from: { node: 'in', output: 'result' }, to: { node: 'up', input: 'text' } },
    { from: { node: 'up', output: 'result' }, to: { node: 'out', input: 'value' } },
  ],
};

describe.each(TEST_DIALECTS)('HTTP API on %s (real server process)', (dialect) => {
  let database: TestDatabase;
  let server: ServerProcess;
  let owner: ApiClient;
  let other: ApiClient;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    server = await startServerProcess({
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      ...(database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : {}),
      BLOCKSMITH_SIGNUP: 'open',
      BLOCKSMITH_MAX_BODY_BYTES: String(256 * 1024),
      BLOCKSMITH_MAX_GRAPH_BYTES: String(256 * 1024),
      BLOCKSMITH_MAX_FILE_BYTES: String(64 * 1024),
      BLOCKSMITH_METRICS_TOKEN: METRICS_TOKEN,
      // One server says where it is reached from outside, the other answers with the address each request came to.
      ...(dialect === 'postgres' ? { BLOCKSMITH_PUBLIC_URL: PUBLIC_URL } : {}),
    });
    owner = new ApiClient(server.url);
    other = new ApiClient(server.url);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('is what npm start runs', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../../../package.json', import.meta.url), 'utf8'));
    // exec: the shell npm starts gives way to the server, so npm's SIGTERM reaches it.
    expect(pkg.scripts.start).toMatch(/(^|&& )exec blocksmith start$/);
  });

  it('first start asks for the owner account, then seeds the example agents', async () => {
    expect((await owner.get('/api/auth/state')).body).toMatchObject({ needsSetup: true, user: null });
    expect((await owner.get('/api/graphs')).status).toBe(401);
    expect((await other.post('/api/auth/signup', { email: 'b@x.test', password: 'password-b' })).body.error.code).toBe('needs_setup');
    const setup = await owner.post('/api/auth/setup', { email: 'Owner@X.test', password: 'password-a' });
    expect(setup.status).toBe(201);
    expect(setup.headers.get('set-cookie')).toMatch(/HttpOnly;.*SameSite=Strict/);
    expect((await other.post('/api/auth/setup', { email: 'c@x.test', password: 'password-c' })).status).toBe(409);
    const graphs = await owner.get('/api/graphs');
    expect(graphs.body.graphs.map((g: { name: string }) => g.name)).toEqual(expect.arrayContaining(['Word stats', 'Safe divide', 'Greet everyone']));
  });

  it('signs in and out, with clear errors for wrong credentials', async () => {
    const fresh = new ApiClient(server.url);
    expect((await fresh.post('/api/auth/login', { email: 'owner@x.test', password: 'wrong-password' })).status).toBe(401);
    const login = await fresh.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    expect(login.status).toBe(200);
    // HttpOnly and SameSite=Strict always; Secure where the server is reached over https (the postgres server's public address).
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly.*SameSite=Strict/i);
    expect(/Secure/i.test(login.headers.get('set-cookie')!)).toBe(dialect === 'postgres');
    expect((await fresh.get('/api/auth/me')).body.user.email).toBe('owner@x.test');
    expect((await fresh.post('/api/auth/logout')).status).toBe(204);
    expect((await fresh.get('/api/auth/me')).status).toBe(401);
    expect((await other.post('/api/auth/signup', { email: 'b@x.test', password: 'password-b' })).status).toBe(201);
    expect((await other.post('/api/auth/signup', { email: 'b@x.test', password: 'password-b' })).status).toBe(409);
  });

  it('serves the block catalog with schemas', async () => {
    const { body } = await owner.get('/api/blocks');
    const arithmetic = body.blocks.find((b: { id: string }) => b.id === 'math.arithmetic');
    expect(arithmetic.inputSchema.properties.operation.enum).toContain('divide');
    expect(body.blocks.find((b: { id: string }) => b.id === 'data.store_value').staticOutput).toBe(true);
  });

  it('creates, versions, exports, imports and deletes graphs', async () => {
    const created = await owner.post('/api/graphs', echoGraph);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const renamed = await owner.put(`/api/graphs/${id}`, { ...echoGraph, name: 'Echo 2' });
    expect(renamed.body).toMatchObject({ version: 2, name: 'Echo 2' });
    expect((await owner.get(`/api/graphs/${id}?version=1`)).body.graph.name).toBe('Echo');
    expect((await owner.get(`/api/graphs/${id}`)).body).toMatchObject({ version: 2, graph: { name: 'Echo 2' } });
    expect((await owner.get(`/api/graphs/${id}/versions`)).body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const exported = await owner.get(`/api/graphs/${id}/export?version=1`);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="Echo.json"');
    const imported = await owner.post('/api/graphs/import', exported.body);
    expect(imported.body).toMatchObject({ name: 'Echo', version: 1 });
    expect((await owner.delete(`/api/graphs/${imported.body.id}`)).status).toBe(204);
    expect((await owner.get(`/api/graphs/${imported.body.id}`)).status).toBe(404);
    expect((await owner.get('/api/graphs?search=echo')).body.total).toBe(1);
  });

  it('refuses a save based on an older version with 409 and both versions, saving nothing', async () => {
    const { body: created } = await owner.post('/api/graphs', echoGraph);
    const first = await owner.put(`/api/graphs/${created.id}?baseVersion=1`, { ...echoGraph, name: 'First tab' });
    expect(first.body).toMatchObject({ version: 2, name: 'First tab' });
    const second = await owner.put(`/api/graphs/${created.id}?baseVersion=1`, { ...echoGraph, name: 'Second tab' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'version_conflict',
      message: expect.stringContaining('saved as version 2 after version 1, which these changes are based on, so nothing was saved'),
      details: { baseVersion: 1, base: { version: 1, graph: { name: 'Echo' } }, latest: { version: 2, graph: { name: 'First tab' } } },
    });
    expect((await owner.get(`/api/graphs/${created.id}/versions`)).body.versions).toHaveLength(2);
    // Based on the latest, it saves.
    expect((await owner.put(`/api/graphs/${created.id}?baseVersion=2`, { ...echoGraph, name: 'Second tab' })).body).toMatchObject({ version: 3 });
    expect((await owner.put(`/api/graphs/${created.id}?baseVersion=9`, echoGraph)).body.error.details).toMatchObject({ base: null, latest: { version: 3 } });
    expect((await owner.put(`/api/graphs/${created.id}?baseVersion=two`, echoGraph)).body.error.code).toBe('invalid_request');
  });

  it('saves a graph that cannot run yet as a draft with every issue, and refuses to run it naming them', async () => {
    const draft = {
      name: 'Draft',
      nodes: [
        { id: 'x', block: 'math.nope' },
        { id: 'y', block: 'math.arithmetic' },
      ],
      links: [],
    };
    const saved = await owner.post('/api/graphs', draft);
    expect(saved.status).toBe(201);
    expect(saved.body.issues.map((i: { code: string }) => i.code)).toEqual(['unknown_block', 'missing_input', 'missing_input']);
    const read = await owner.get(`/api/graphs/${saved.body.id}`);
    expect(read.body).toMatchObject({ version: 1, graph: { name: 'Draft' }, issues: saved.body.issues });
    const run = await owner.post(`/api/graphs/${saved.body.id}/runs`, {});
    expect(run.status).toBe(400);
    expect(run.body.error).toMatchObject({ code: 'invalid_graph', message: expect.stringContaining('unknown block "math.nope"') });
    const fixed = await owner.put(`/api/graphs/${saved.body.id}`, { ...draft, nodes: [{ id: 'y', block: 'math.arithmetic', inputs: { a: 1, b: 2 } }] });
    expect(fixed.body).toMatchObject({ version: 2, issues: [] });
  });

  it('refuses a malformed graph file, naming the field, and stores nothing', async () => {
    const before = (await owner.get('/api/graphs')).body.total;
    const bad = await owner.post('/api/graphs', { name: 'Bad', nodes: [{ id: 'has space', block: 'input' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_graph', message: expect.stringContaining('nodes[0].id') });
    expect((await owner.get('/api/graphs')).body.total).toBe(before);
  });

  it('runs a graph, returns 202 at once, and records outputs and node runs', async () => {
    const { body: graph } = await owner.post('/api/graphs', echoGraph);
    const started = await owner.post(`/api/graphs/${graph.id}/runs`, { inputs: { text: 'hello' } });
    expect(started.status).toBe(202);
    const done = await owner.waitForRun(started.body.runId);
    expect(done.run).toMatchObject({ status: 'COMPLETED', graphId: graph.id, graphVersion: 1, inputs: { text: 'hello' }, outputs: { loud: ['HELLO'] } });
    expect(done.nodeRuns.map((r: { nodeId: string; status: string }) => `${r.nodeId}:${r.status}`)).toEqual(['in:COMPLETED', 'up:COMPLETED', 'out:COMPLETED']);
    const rerun = await owner.post(`/api/runs/${started.body.runId}/rerun`, { inputs: { text: 'again' } });
    expect((await owner.waitForRun(rerun.body.runId)).run.outputs).toEqual({ loud: ['AGAIN'] });
    const same = await owner.post(`/api/runs/${started.body.runId}/rerun`);
    expect((await owner.waitForRun(same.body.runId)).run.outputs).toEqual({ loud: ['HELLO'] });
    const graphs = (await owner.get('/api/graphs?search=echo')).body.graphs;
    expect(graphs.find((g: { id: string }) => g.id === graph.id).lastRun).toMatchObject({ status: 'COMPLETED', runId: same.body.runId });
    const list = await owner.get(`/api/runs?graphId=${graph.id}`);
    expect(list.body.total).toBe(3);
    expect((await owner.get(`/api/runs?graphId=${graph.id}&status=FAILED`)).body.total).toBe(0);
  });

  it('runs a seeded sub-agent example', async () => {
    const { body } = await owner.get('/api/graphs?search=greet%20everyone');
    const started = await owner.post(`/api/graphs/${body.graphs[0].id}/runs`, {});
    const done = await owner.waitForRun(started.body.runId);
    expect(done.run.status).toBe('COMPLETED');
    expect([...done.run.outputs.greetings].sort()).toEqual(['Hello, Ada!', 'Hello, Grace!', 'Hello, Linus!']);
  });

  it('refuses bad run inputs with a 400 that names them', async () => {
    const { body: graph } = await owner.post('/api/graphs', echoGraph);
    const bad = await owner.post(`/api/graphs/${graph.id}/runs`, { inputs: { txt: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Unknown run input "txt"');
    expect((await owner.post(`/api/graphs/${graph.id}/runs`, { inputs: [] })).status).toBe(400);
    expect((await owner.post(`/api/graphs/${graph.id}/runs`, { version: 9 })).status).toBe(404);
  });

  it('stops a long run: running blocks abort and the run ends TERMINATED', async () => {
    const { body: graph } = await owner.post('/api/graphs', slowGraph());
    const { body } = await owner.post(`/api/graphs/${graph.id}/runs`, {});
    // The delay is ten minutes, longer than the test may take: only the stop can end the run.
    while ((await owner.get(`/api/runs/${body.runId}`)).body.nodeRuns.every((r: { status: string }) => r.status !== 'RUNNING'))
      await new Promise((resolve) => setImmediate(resolve));
    const going = await owner.delete(`/api/runs/${body.runId}`);
    expect([going.status, going.body.error.code, going.body.error.message]).toEqual([
      409,
      'run_not_ended',
      `Run ${body.runId} is RUNNING: stop it first, then delete it.`,
    ]);
    const stopped = await owner.post(`/api/runs/${body.runId}/stop`);
    expect(stopped.body.run.status).toBe('TERMINATED');
    const detail = await owner.get(`/api/runs/${body.runId}`);
    expect(detail.body.nodeRuns.find((r: { nodeId: string }) => r.nodeId === 'wait').status).toBe('TERMINATED');
    // Ended, it can be deleted, and is gone from the run and the list.
    expect((await owner.delete(`/api/runs/${body.runId}`)).status).toBe(204);
    expect((await owner.get(`/api/runs/${body.runId}`)).status).toBe(404);
    expect((await owner.get(`/api/runs?graphId=${graph.id}`)).body.total).toBe(0);
  });

  it('answers the API while a code node spins in an endless loop, and a stop ends the loop at once', async () => {
    const spinGraph = {
      name: 'Spin',
      nodes: [
        { id: 'spin', block: 'code.javascript', inputs: { code: 'for (;;) {}', time_limit_ms: 30_000 } },
        { id: 'out', block: 'output', inputs: { name: 'result' } },
      ],
      links: [{ from: { node: 'spin', output: 'result' }, to: { node: 'out', input: 'value' } }],
    };
    const { body: graph } = await owner.post('/api/graphs', spinGraph);
    const { body } = await owner.post(`/api/graphs/${graph.id}/runs`, {});
    while ((await owner.get(`/api/runs/${body.runId}`)).body.nodeRuns.every((r: { status: string }) => r.status !== 'RUNNING'))
      await new Promise((resolve) => setImmediate(resolve));
    // Answered while the loop is still spinning: had it held the event loop, the run would have failed at its limit first.
    expect((await owner.get('/api/graphs')).status).toBe(200);
    expect((await owner.get(`/api/runs/${body.runId}`)).body.run.status).toBe('RUNNING');
    expect((await owner.post(`/api/runs/${body.runId}/stop`)).body.run.status).toBe('TERMINATED');
  });

  it("isolates users: another user's ids answer 404, and lists stay empty", async () => {
    const { body: graph } = await owner.post('/api/graphs', echoGraph);
    const { body: run } = await owner.post(`/api/graphs/${graph.id}/runs`, {});
    await owner.waitForRun(run.runId);
    const checks = await Promise.all([
      other.get(`/api/graphs/${graph.id}`),
      other.put(`/api/graphs/${graph.id}`, echoGraph),
      other.delete(`/api/graphs/${graph.id}`),
      other.get(`/api/graphs/${graph.id}/versions`),
      other.get(`/api/graphs/${graph.id}/export`),
      other.post(`/api/graphs/${graph.id}/runs`, {}),
      other.get(`/api/runs/${run.runId}`),
      other.post(`/api/runs/${run.runId}/stop`),
      other.post(`/api/runs/${run.runId}/rerun`),
      other.delete(`/api/runs/${run.runId}`),
    ]);
    expect(checks.map((c) => c.status)).toEqual(Array(checks.length).fill(404));
    expect((await other.get('/api/graphs')).body.total).toBe(0);
    expect((await other.get('/api/runs')).body.total).toBe(0);
    expect((await other.get(`/api/runs?graphId=${graph.id}`)).body.total).toBe(0);
    expect((await owner.get(`/api/graphs/${graph.id}`)).status).toBe(200);
  });

  it('API keys: shown once, work as Bearer, and stop working when deleted', async () => {
    const created = await owner.post('/api/keys', { name: 'ci' });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^bsk_/);
    const listed = await owner.get('/api/keys');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const program = new ApiClient(server.url, secret);
    expect((await program.get('/api/auth/me')).body.user.email).toBe('owner@x.test');
    expect((await program.get('/api/graphs')).status).toBe(200);
    expect((await owner.delete(`/api/keys/${created.body.key.id}`)).status).toBe(204);
    expect((await program.get('/api/graphs')).status).toBe(401);
    expect((await new ApiClient(server.url, 'nonsense').get('/api/graphs')).body.error.message).toContain('API key is not valid');
  });

  it('answers bad input with 4xx and a message, never 5xx', async () => {
    const malformed = await owner.request('POST', '/api/graphs', '{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/JSON/);
    const unknownField = await owner.post('/api/keys', { name: 'x', extra: true });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.message).toContain('extra');
    const wrongType = await owner.get('/api/runs?limit=lots');
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toContain('query.limit');
    const huge = await owner.post('/api/graphs', { name: 'x'.repeat(300 * 1024), nodes: [], links: [] });
    expect(huge.status).toBe(413);
    const text = await owner.request('POST', '/api/graphs', 'name=x', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.error.message).toContain('application/json');
    expect((await owner.get('/api/nowhere')).status).toBe(404);
    expect((await owner.post('/api/graphs', [1, 2])).body.error.code).toBe('invalid_graph');
  });

  it('uploads files, feeds them to runs, and serves the artifacts runs write', async () => {
    const upload = await owner.request('POST', '/api/files?name=notes.txt', 'first line\nsecond line', { 'content-type': 'text/plain' });
    expect(upload.status).toBe(201);
    const file = upload.body.file;
    expect(file).toMatchObject({ name: 'notes.txt', contentType: 'text/plain', size: 22, url: `/api/files/${file.fileId}` });
    const pipeline = {
      name: 'Shout a file',
      nodes: [
        { id: 'doc', block: 'input', inputs: { name: 'document' } },
        { id: 'read', block: 'file.read_text' },
        { id: 'shout', block: 'text.case', inputs: { mode: 'upper' } },
        { id: 'save', block: 'file.write_text', inputs: { name: 'LOUD.txt' } },
        { id: 'out', block: 'output', inputs: { name: 'report' } },
      ],
      links: [
        { from: { node: 'doc', output: 'result' }, to: { node: 'read', input: 'file' } },
        { from: { node: 'read', output: 'text' }, to: { node: 'shout', input: 'text' } },
        { from: { node: 'shout', output: 'result' }, to: { node: 'save', input: 'text' } },
        { from: { node: 'save', output: 'file' }, to: { node: 'out', input: 'value' } },
      ],
    };
    const { body: graph } = await owner.post('/api/graphs', pipeline);
    const { body: started } = await owner.post(`/api/graphs/${graph.id}/runs`, { inputs: { document: file } });
    const done = await owner.waitForRun(started.runId);
    expect(done.run.status).toBe('COMPLETED');
    const artifact = done.run.outputs.report[0];
    expect(artifact).toMatchObject({ name: 'LOUD.txt', contentType: 'text/plain; charset=utf-8', url: expect.stringMatching(/^\/api\/files\//) });
    const download = await owner.get(artifact.url);
    expect(download.text).toBe('FIRST LINE\nSECOND LINE');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="LOUD.txt"/);
    expect((await owner.get(`${artifact.url}?inline=1`)).headers.get('content-disposition')).toMatch(/^inline/);

    const html = await owner.request('POST', '/api/files?name=page.html', '<script>alert(1)</script>', { 'content-type': 'text/html' });
    const served = await owner.get(`${html.body.file.url}?inline=1`);
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');

    expect((await other.get(artifact.url)).status).toBe(404);
    expect((await other.delete(`/api/files/${file.fileId}`)).status).toBe(404);
    const theirRun = await other.post('/api/graphs', pipeline);
    const stolen = await other.post(`/api/graphs/${theirRun.body.id}/runs`, { inputs: { document: file } });
    const failed = await other.waitForRun(stolen.body.runId);
    expect(failed.run.status).toBe('FAILED');
    expect(failed.run.error).toContain(`File ${file.fileId} was not found`);

    expect((await owner.request('POST', '/api/files?name=big.bin', 'x'.repeat(70 * 1024), { 'content-type': 'application/octet-stream' })).status).toBe(413);
    expect((await owner.request('POST', '/api/files', 'x', { 'content-type': 'text/plain' })).body.error.message).toContain('?name=');
    expect((await owner.request('POST', '/api/files?name=../x', 'x', { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await owner.get('/api/files')).body.total).toBeGreaterThanOrEqual(3);
  });

  it('webhooks start runs from outside, answering at once or with the outputs', async () => {
    const { body: graph } = await owner.post('/api/graphs', echoGraph);
    const created = await owner.post(`/api/graphs/${graph.id}/webhooks`, { name: 'form' });
    expect(created.status).toBe(201);
    const url = created.body.path as string;
    expect(url).toMatch(/^\/api\/hooks\/bsh_/);
    expect(created.body.url).toBe(`${dialect === 'postgres' ? PUBLIC_URL : server.url}${url}`);
    const anonymous = new ApiClient(server.url);
    const waited = await anonymous.post(`${url}?wait=true`, { text: 'from outside' });
    expect(waited.body).toMatchObject({ status: 'COMPLETED', outputs: { loud: ['FROM OUTSIDE'] } });
    const queued = await anonymous.post(url, { text: 'later' });
    expect(queued.status).toBe(202);
    expect((await owner.waitForRun(queued.body.runId)).run.outputs).toEqual({ loud: ['LATER'] });
    expect((await anonymous.post(`${url}?wait=true`, { nope: 1 })).status).toBe(400);
    expect((await anonymous.post(`${url}?wait=true`, [1])).body.error.message).toContain('JSON object');
    const { body: failing } = await owner.post('/api/graphs', {
      name: 'Fails',
      nodes: [{ id: 'd', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 } }],
      links: [],
    });
    const failUrl = (await owner.post(`/api/graphs/${failing.id}/webhooks`, {})).body.path;
    expect((await anonymous.post(`${failUrl}?wait=true`, {})).status).toBe(422);
    const { body: slow } = await owner.post('/api/graphs', slowGraph());
    const slowUrl = (await owner.post(`/api/graphs/${slow.id}/webhooks`, {})).body.path;
    const timedOut = await anonymous.post(`${slowUrl}?wait=true&timeout_ms=50`, {});
    expect(timedOut.status).toBe(504);
    await owner.post(`/api/runs/${timedOut.body.runId}/stop`);
    expect((await other.get(`/api/graphs/${graph.id}/webhooks`)).status).toBe(404);
    expect((await other.delete(`/api/webhooks/${created.body.webhook.id}`)).status).toBe(404);
    expect((await owner.get(`/api/graphs/${graph.id}/webhooks`)).body.webhooks).toHaveLength(1);
    expect((await owner.delete(`/api/webhooks/${created.body.webhook.id}`)).status).toBe(204);
    expect((await anonymous.post(url, {})).status).toBe(404);
  });

  it('serves the OpenAPI document and a browsable docs page', async () => {
    const { body } = await owner.get('/api/openapi.json');
    expect(body.openapi).toMatch(/^3\./);
    expect(body.paths['/api/graphs/{id}/runs'].post.requestBody.content['application/json'].schema.properties.inputs).toBeDefined();
    const page = await owner.get('/api/docs/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html');
  });

  it('reports health, readiness and metrics', async () => {
    expect((await owner.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await owner.get('/readyz')).body).toEqual({ status: 'ready', database: dialect });
    // Metrics are for the operator's scraper and its token, not for signed-in users.
    expect((await owner.get('/metrics')).status).toBe(401);
    expect((await owner.request('GET', '/metrics', undefined, { authorization: `Bearer ${METRICS_TOKEN}x` })).status).toBe(401);
    const metrics = await owner.request('GET', '/metrics', undefined, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(metrics.text).toMatch(/blocksmith_runs_finished_total\{status="COMPLETED"\} \d+/);
    expect(metrics.text).toContain('blocksmith_node_run_duration_seconds_bucket');
    expect(metrics.text).toMatch(/blocksmith_node_runs_queued \d+/);
    expect(metrics.text).toMatch(/blocksmith_websocket_clients \d+/);
  });

  it('lets a user change their email and password; a new password signs out every other session', async () => {
    const me = new ApiClient(server.url);
    const elsewhere = new ApiClient(server.url);
    await me.post('/api/auth/signup', { email: `account-${dialect}@x.test`, password: 'first password' });
    await elsewhere.post('/api/auth/login', { email: `account-${dialect}@x.test`, password: 'first password' });
    expect((await me.patch('/api/account', { email: `Renamed-${dialect}@X.test` })).body.user.email).toBe(`renamed-${dialect}@x.test`);
    expect((await me.patch('/api/account', { email: 'nope' })).body.error.message).toContain('body.email: must be an email address');
    const taken = await other.get('/api/auth/state');
    expect((await me.patch('/api/account', { email: taken.body.user.email })).status).toBe(409);

    const wrong = await me.post('/api/account/password', { currentPassword: 'not it', newPassword: 'second password' });
    expect(wrong.status).toBe(403);
    expect((await me.post('/api/account/password', { currentPassword: 'first password', newPassword: 'short' })).body.error.message).toContain(
      'body.newPassword: must be at least 8 characters',
    );
    expect((await me.post('/api/account/password', { currentPassword: 'first password', newPassword: 'second password' })).status).toBe(204);
    expect((await me.get('/api/graphs')).status).toBe(200);
    expect((await elsewhere.get('/api/graphs')).status).toBe(401);
    const login = (password: string) => new ApiClient(server.url).post('/api/auth/login', { email: `renamed-${dialect}@x.test`, password });
    expect((await login('first password')).status).toBe(401);
    expect((await login('second password')).status).toBe(200);
  });

  it('webhooks check an HMAC signature of the raw body, and can give the graph the whole request', async () => {
    const { body: graph } = await owner.post('/api/graphs', {
      name: 'Receiver',
      nodes: [
        { id: 'request', block: 'input', inputs: { name: 'request' } },
        { id: 'out', block: 'output', inputs: { name: 'seen' } },
      ],
      links: [{ from: { node: 'request', output: 'result' }, to: { node: 'out', input: 'value' } }],
    });
    const secret = 'a webhook secret of some length';
    const hook = await owner.post(`/api/graphs/${graph.id}/webhooks`, { name: 'github', signature: { secret }, request: { headers: ['X-GitHub-Event'] } });
    expect(hook.body.webhook).toMatchObject({ signatureHeader: 'X-Hub-Signature-256', request: { headers: ['x-github-event'] } });
    expect(JSON.stringify(hook.body)).not.toContain(secret);
    const payload = '{"action":"opened","number":7}';
    const call = (signature: string | undefined) =>
      fetch(`${server.url}${hook.body.path}?wait=true&source=gh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
        body: payload,
      });
    const unsigned = await call(undefined);
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { error: unknown }).error).toMatchObject({
      code: 'invalid_signature',
      message: expect.stringContaining('X-Hub-Signature-256'),
    });
    expect((await call(signBody(Buffer.from(payload), 'another secret!!'))).status).toBe(401);
    const signed = await call(signBody(Buffer.from(payload), secret));
    expect(signed.status).toBe(200);
    expect(((await signed.json()) as { outputs: { seen: unknown } }).outputs.seen).toEqual([
      { body: { action: 'opened', number: 7 }, query: { wait: 'true', source: 'gh' }, headers: { 'x-github-event': 'pull_request' } },
    ]);
    expect((await owner.post(`/api/graphs/${graph.id}/webhooks`, { signature: { secret: 'short' } })).body.error.message).toContain(
      'body.signature.secret: must be at least 16 characters',
    );
  });

  it("webhooks take Stripe's signed events, refusing a replay", async () => {
    const { body: graph } = await owner.post('/api/graphs', {
      name: 'Payments',
      nodes: [
        { id: 'type', block: 'input', inputs: { name: 'type' } },
        { id: 'out', block: 'output', inputs: { name: 'event' } },
      ],
      links: [{ from: { node: 'type', output: 'result' }, to: { node: 'out', input: 'value' } }],
    });
    const secret = 'whsec_an_endpoint_signing_secret';
    const hook = (await owner.post(`/api/graphs/${graph.id}/webhooks`, { name: 'stripe', signature: { secret, scheme: 'stripe' } })).body;
    expect(hook.webhook).toMatchObject({ signatureHeader: 'Stripe-Signature', signatureScheme: 'stripe' });
    const payload = '{"type":"payment_intent.succeeded"}';
    const call = (signature: string) =>
      fetch(`${server.url}${hook.path}?wait=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body: payload,
      });
    const now = Math.floor(Date.now() / 1000);
    const signed = await call(signStripe(Buffer.from(payload), secret, String(now)));
    expect(signed.status).toBe(200);
    expect(((await signed.json()) as { outputs: { event: unknown } }).outputs.event).toEqual(['payment_intent.succeeded']);
    const replayed = await call(signStripe(Buffer.from(payload), secret, String(now - 600)));
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as { error: { message: string } }).error.message).toContain('more than five minutes');
  });

  it('records what started each run, and filters the run list by it', async () => {
    const { body: graph } = await owner.post('/api/graphs', echoGraph);
    const secret = (await owner.post('/api/keys', { name: 'triggers' })).body.secret;
    const hook = (await owner.post(`/api/graphs/${graph.id}/webhooks`, {})).body;
    const manual = (await owner.post(`/api/graphs/${graph.id}/runs`, { inputs: { text: 'a' } })).body.runId;
    const byKey = (await owner.withKey(secret).post(`/api/graphs/${graph.id}/runs`, { inputs: { text: 'b' } })).body.runId;
    const byHook = (await new ApiClient(server.url).post(hook.path, { text: 'c' })).body.runId;
    const again = (await owner.post(`/api/runs/${manual}/rerun`, {})).body.runId;
    const triggerOf = async (runId: string) => (await owner.waitForRun(runId)).run.trigger;
    expect(await triggerOf(manual)).toEqual({ kind: 'manual' });
    expect(await triggerOf(byKey)).toEqual({ kind: 'api' });
    expect(await triggerOf(byHook)).toEqual({ kind: 'webhook', webhookId: hook.webhook.id });
    expect(await triggerOf(again)).toEqual({ kind: 'rerun', runId: manual });
    const listed = async (trigger: string) => (await owner.get(`/api/runs?graphId=${graph.id}&trigger=${trigger}`)).body.runs.map((r: { id: string }) => r.id);
    expect(await listed('api')).toEqual([byKey]);
    expect(await listed('webhook')).toEqual([byHook]);
    expect(await listed('schedule')).toEqual([]);
    expect((await owner.get('/api/runs?trigger=cron')).body.error.message).toContain('query.trigger');
  });

  it('lists runs across agents by status and time, with counts of each status over the other filters', async () => {
    const { body: ok } = await owner.post('/api/graphs', echoGraph);
    const { body: bad } = await owner.post('/api/graphs', {
      name: 'Always fails',
      nodes: [{ id: 'divide', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 } }],
      links: [],
    });
    const before = Date.now();
    const runs = [
      (await owner.post(`/api/graphs/${ok.id}/runs`, {})).body.runId,
      (await owner.post(`/api/graphs/${bad.id}/runs`, {})).body.runId,
      (await owner.post(`/api/graphs/${bad.id}/runs`, {})).body.runId,
    ];
    for (const id of runs) await owner.waitForRun(id);
    const since = `since=${before}`;
    const all = (await owner.get(`/api/runs?${since}`)).body;
    expect(all.runs.map((r: { id: string }) => r.id).sort()).toEqual([...runs].sort());
    expect(all.counts).toEqual({ COMPLETED: 1, FAILED: 2 });
    const failed = (await owner.get(`/api/runs?${since}&status=FAILED`)).body;
    expect(failed.total).toBe(2);
    expect(failed.runs.every((r: { graphName: string; error: string }) => r.graphName === 'Always fails' && r.error.length > 0)).toBe(true);
    // Counts stay over every status, so a monitor filtered to one status still shows the others' numbers.
    expect(failed.counts).toEqual({ COMPLETED: 1, FAILED: 2 });
    expect((await owner.get(`/api/runs?${since}&graphId=${ok.id}`)).body.counts).toEqual({ COMPLETED: 1 });
    expect((await owner.get(`/api/runs?until=${before}&graphId=${bad.id}`)).body).toMatchObject({ runs: [], total: 0, counts: {} });
    expect((await other.get(`/api/runs?${since}`)).body).toMatchObject({ runs: [], total: 0 });
  });
});
