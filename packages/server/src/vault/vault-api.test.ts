import { startFakeOpenAiServer } from '@blocksmith/blocks/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';
import { connectSocket } from '../testing/ws-client.ts';

const SECRET = `planted-${Math.random().toString(36).slice(2)}-secret`;

describe('credentials vault (real server process)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let target: Server;
  let targetUrl: string;
  const seenAuth: (string | undefined)[] = [];
  let owner: ApiClient;

  beforeAll(async () => {
    target = createServer((req, res) => {
      seenAuth.push(req.headers.authorization);
      const ok = req.headers.authorization === `Bearer ${SECRET}`;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok }));
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/data`;
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1',
      BLOCKSMITH_LOG_LEVEL: 'debug',
      BLOCKSMITH_SIGNUP: 'open',
    });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await new Promise<void>((resolve) => target.close(() => resolve()));
  });

  const fetchGraph = (credential: string, url: string) => ({
    name: 'Fetch with a credential',
    nodes: [
      { id: 'fetch', block: 'http.request', inputs: { url, credential } },
      { id: 'out', block: 'output', inputs: { name: 'status' } },
    ],
    links: [{ from: { node: 'fetch', output: 'status' }, to: { node: 'out', input: 'value' } }],
  });

  it('injects the secret into the block at run time and never shows it anywhere else', async () => {
    const seen: string[] = [];
    const record = (value: unknown) => seen.push(typeof value === 'string' ? value : JSON.stringify(value));

    const created = await owner.post('/api/credentials', { name: 'Data API', kind: 'http_bearer', fields: { token: SECRET } });
    expect(created.status).toBe(201);
    record(created.text);
    const wrongKind = await owner.post('/api/credentials', { name: 'Model key', kind: 'openai', fields: { apiKey: SECRET } });
    record(wrongKind.text);
    record((await owner.get('/api/credentials')).text);

    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    const runOf = async (graph: unknown) => {
      const { body } = await owner.post('/api/graphs', graph);
      record((await owner.get(`/api/graphs/${body.id}/export`)).text);
      const started = await owner.post(`/api/graphs/${body.id}/runs`, {});
      socket.send({ type: 'subscribe', runId: started.body.runId });
      const done = await owner.waitForRun(started.body.runId);
      record(done);
      return done;
    };

    const ok = await runOf(fetchGraph(created.body.credential.id, targetUrl));
    expect(ok.run).toMatchObject({ status: 'COMPLETED', outputs: { status: [200] } });
    expect(seenAuth.at(-1)).toBe(`Bearer ${SECRET}`);

    const unreachable = await runOf(fetchGraph(created.body.credential.id, 'http://127.0.0.1:9/nothing'));
    expect(unreachable.run.status).toBe('FAILED');

    const mismatched = await runOf(fetchGraph(wrongKind.body.credential.id, targetUrl));
    expect(mismatched.run.status).toBe('FAILED');
    expect(mismatched.run.error).toContain('is of kind openai; "credential" of http.request needs http_bearer, http_basic or http_header');

    const missing = await runOf(fetchGraph('no-such-credential', targetUrl));
    expect(missing.run.error).toContain('was not found');

    // Each run that had a credential decrypted for it is in the audit log, once; the one whose credential was not found is not.
    const me = (await owner.get('/api/auth/me')).body.user.id;
    const uses = (await owner.get(`/api/workspaces/${me}/audit?action=useCredential`)).body.events;
    record(JSON.stringify(uses));
    expect(uses.map((e: { details: { runId: string } }) => e.details.runId)).toEqual([mismatched.run.id, unreachable.run.id, ok.run.id]);

    const provider = await startFakeOpenAiServer([{ chunks: ['fine'] }, { status: 401, error: `Incorrect API key provided: ${SECRET}` }]);
    const modelKey = await owner.post('/api/credentials', { name: 'Model', kind: 'openai_compatible', fields: { baseUrl: provider.baseUrl, apiKey: SECRET } });
    record(modelKey.text);
    const askGraph = {
      name: 'Ask a model',
      nodes: [
        { id: 'ask', block: 'ai.text', inputs: { prompt: 'hi', model: 'tiny', credential: modelKey.body.credential.id } },
        { id: 'out', block: 'output', inputs: { name: 'answer' } },
      ],
      links: [{ from: { node: 'ask', output: 'response' }, to: { node: 'out', input: 'value' } }],
    };
    expect((await runOf(askGraph)).run).toMatchObject({ status: 'COMPLETED', outputs: { answer: ['fine'] } });
    const rejected = await runOf(askGraph);
    expect(rejected.run.status).toBe('FAILED');
    expect(rejected.run.error).toContain('Incorrect API key provided: [redacted]');
    const tested = await owner.post(`/api/credentials/${modelKey.body.credential.id}/test`, {});
    record(tested.text);
    expect(tested.body).toEqual({ ok: true, message: 'It works: the provider offers 1 model.', models: ['tiny'] });
    const listed = await owner.get(`/api/credentials/${modelKey.body.credential.id}/models`);
    record(listed.text);
    expect(listed.body).toEqual({ models: ['tiny'] });
    expect(provider.headers.map((h) => h.authorization)).toEqual([`Bearer ${SECRET}`, `Bearer ${SECRET}`, `Bearer ${SECRET}`, `Bearer ${SECRET}`]);
    await provider.close();

    await new Promise((resolve) => setTimeout(resolve, 200));
    record(socket.messages);
    record((await owner.get('/api/runs')).text);
    socket.ws.close();

    const dbText = (
      await Promise.all(
        (await readdir(database.options.dataDir)).filter((f) => f.startsWith('blocksmith.sqlite')).map((f) => readFile(join(database.options.dataDir, f))),
      )
    ).map((b) => b.toString('latin1'));
    for (const [where, text] of [
      ['API responses and WebSocket events', seen.join('\n')],
      ['server logs', server.output()],
      ['database files', dbText.join('\n')],
    ] as const) {
      expect(text.includes(SECRET), `the secret appeared in ${where}`).toBe(false);
    }
    expect(dbText.join('').length).toBeGreaterThan(0);
  });

  it('keeps credentials per user: another user cannot list, rename, delete or use them', async () => {
    const { body } = await owner.post('/api/credentials', { name: 'Mine', kind: 'http_bearer', fields: { token: SECRET } });
    const other = new ApiClient(server.url);
    await other.post('/api/auth/signup', { email: 'other@x.test', password: 'password-b' });
    expect((await other.get('/api/credentials')).body.credentials).toEqual([]);
    expect((await other.request('PATCH', `/api/credentials/${body.credential.id}`, { name: 'x' })).status).toBe(404);
    expect((await other.delete(`/api/credentials/${body.credential.id}`)).status).toBe(404);
    const { body: graph } = await other.post('/api/graphs', fetchGraph(body.credential.id, targetUrl));
    const started = await other.post(`/api/graphs/${graph.id}/runs`, {});
    const done = await other.waitForRun(started.body.runId);
    expect(done.run.error).toContain('was not found');
    expect((await owner.request('PATCH', `/api/credentials/${body.credential.id}`, { name: 'Renamed' })).body.credential.name).toBe('Renamed');
  });

  it('tests a model credential with its provider, and says why other kinds cannot be tested', async () => {
    const unreachable = await owner.post('/api/credentials', { name: 'Gone', kind: 'openai_compatible', fields: { baseUrl: 'http://127.0.0.1:9/v1' } });
    const result = await owner.post(`/api/credentials/${unreachable.body.credential.id}/test`, {});
    expect(result.body).toEqual({ ok: false, message: expect.stringContaining('Could not reach 127.0.0.1:9') });
    const http = await owner.post('/api/credentials', { name: 'Token', kind: 'http_bearer', fields: { token: SECRET } });
    expect((await owner.post(`/api/credentials/${http.body.credential.id}/test`, {})).body).toEqual({
      ok: false,
      message: expect.stringContaining('only a run can test it'),
    });
    expect((await owner.post('/api/credentials/nope/test', {})).status).toBe(404);
    // The editor's model suggestions fall back to the built-in list when the provider cannot be asked.
    expect((await owner.get(`/api/credentials/${unreachable.body.credential.id}/models`)).body).toEqual({ models: [] });
    expect((await owner.get(`/api/credentials/${http.body.credential.id}/models`)).body).toEqual({ models: [] });
  });

  it('validates the fields of each kind without echoing them', async () => {
    const bad = await owner.post('/api/credentials', { name: 'x', kind: 'http_header', fields: { name: 'bad header!', value: SECRET } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('fields.name');
    expect(bad.text.includes(SECRET)).toBe(false);
    expect((await owner.post('/api/credentials', { name: 'x', kind: 'ssh', fields: {} })).status).toBe(400);
    expect(Object.keys((await owner.get('/api/credential-kinds')).body.kinds)).toContain('http_basic');
  });
});
