import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { askThenShoutGraph } from '../testing/ask-then-shout-graph.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';
import { slowGraph } from '../testing/slow-graph.ts';

describe.each(TEST_DIALECTS)('the debug loop — re-run from a node, one node alone — on %s (real server process)', (dialect) => {
  let database: TestDatabase;
  let server: ServerProcess;
  let model: FakeModelServer;
  let owner: ApiClient;
  let credential: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    model = await startFakeOpenAiServer([{ chunks: ['Owls ', 'hoot'] }]);
    server = await startServerProcess({
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      ...(database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : {}),
      BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1',
      BLOCKSMITH_SIGNUP: 'open',
    });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    credential = (await owner.post('/api/credentials', { name: 'Model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } })).body
      .credential.id;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await model?.close();
    await database?.drop();
  });

  it("re-runs the steps after a model call with the agent's latest version, without calling the model again", async () => {
    const { body: graph } = await owner.post('/api/graphs', askThenShoutGraph(credential, 'upper'));
    const first = await owner.waitForRun((await owner.post(`/api/graphs/${graph.id}/runs`, {})).body.runId);
    expect(first.run.outputs).toEqual({ answer: ['OWLS HOOT'] });
    const calls = model.requests.length;

    // The user fixes the last step and re-runs from it: version 2 runs, the model's answer is reused.
    await owner.put(`/api/graphs/${graph.id}`, askThenShoutGraph(credential, 'lower'));
    const started = await owner.post(`/api/runs/${first.run.id}/rerun`, { fromNode: 'shout' });
    expect(started.status).toBe(202);
    const again = await owner.waitForRun(started.body.runId);
    expect(again.run).toMatchObject({
      status: 'COMPLETED',
      graphVersion: 2,
      outputs: { answer: ['owls hoot'] },
      trigger: { kind: 'rerun', runId: first.run.id, fromNode: 'shout' },
    });
    expect(model.requests.length).toBe(calls);
    const byNode = Object.fromEntries(again.nodeRuns.map((r: { nodeId: string; reusedFrom?: string }) => [r.nodeId, r.reusedFrom]));
    const firstIds = Object.fromEntries(first.nodeRuns.map((r: { nodeId: string; id: string }) => [r.nodeId, r.id]));
    expect(byNode).toEqual({ topic: firstIds.topic, ask: firstIds.ask, shout: undefined, answer: undefined });
    expect(again.nodes.ask.latest.reusedFrom).toBe(firstIds.ask);
    expect(again.run.usage).toBeUndefined();
    expect(first.run.usage.outputTokens).toBeGreaterThan(0);
  });

  it('refuses a node the latest version does not have with a 400 naming it, and another user with a 404', async () => {
    const { body: graph } = await owner.post('/api/graphs', askThenShoutGraph(credential, 'upper'));
    const first = await owner.waitForRun((await owner.post(`/api/graphs/${graph.id}/runs`, {})).body.runId);
    const gone = await owner.post(`/api/runs/${first.run.id}/rerun`, { fromNode: 'nowhere' });
    expect(gone.status).toBe(400);
    expect(gone.body.error).toMatchObject({ code: 'unknown_node' });
    expect(gone.body.error.message).toContain('Node "nowhere" is not in this version');
    expect((await owner.post(`/api/runs/${first.run.id}/rerun`, { fromNode: '' })).status).toBe(400);
    expect((await owner.post(`/api/runs/${first.run.id}/rerun`, { fromNode: 'shout', extra: 1 })).status).toBe(400);

    const other = new ApiClient(server.url);
    await other.post('/api/auth/signup', { email: 'other@x.test', password: 'password-b' });
    expect((await other.post(`/api/runs/${first.run.id}/rerun`, { fromNode: 'shout' })).status).toBe(404);
    expect((await owner.get(`/api/runs?graphId=${graph.id}`)).body.total).toBe(1);
  });

  it('re-runs from a node of a run that is still going only once it has ended', async () => {
    const { body: graph } = await owner.post('/api/graphs', slowGraph());
    const runId = (await owner.post(`/api/graphs/${graph.id}/runs`, {})).body.runId;
    const refused = await owner.post(`/api/runs/${runId}/rerun`, { fromNode: 'wait' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('wait for it to end (or stop it)');
    await owner.post(`/api/runs/${runId}/stop`);
  });

  it('runs one node alone with typed values for its pins, recorded as a run of the agent', async () => {
    const { body: graph } = await owner.post('/api/graphs', askThenShoutGraph(credential, 'upper'));
    const calls = model.requests.length;
    const started = await owner.post(`/api/graphs/${graph.id}/nodes/shout/run`, { inputs: { text: 'quiet words' } });
    expect(started.status).toBe(202);
    const alone = await owner.waitForRun(started.body.runId);
    expect(alone.run).toMatchObject({
      status: 'COMPLETED',
      graphId: graph.id,
      trigger: { kind: 'node', nodeId: 'shout', version: 1, inputs: { text: 'quiet words' } },
    });
    expect(alone.nodeRuns.map((r: { nodeId: string; outputs: unknown }) => [r.nodeId, r.outputs])).toEqual([['shout', { result: ['QUIET WORDS'] }]]);
    expect(model.requests.length).toBe(calls);

    const asked = await owner.waitForRun((await owner.post(`/api/graphs/${graph.id}/nodes/ask/run`, { inputs: { prompt: 'Say hi' } })).body.runId);
    expect(asked.nodes.ask.latest).toMatchObject({ status: 'COMPLETED', outputs: { response: ['Owls hoot'] } });
    expect(asked.run.usage.calls).toBe(1);
    expect(JSON.stringify(model.requests.at(-1))).toContain('Say hi');
    expect((await owner.get(`/api/runs?graphId=${graph.id}&trigger=node`)).body.total).toBe(2);

    // Values that do not fit a pin are refused before anything runs, naming the pin.
    const bad = await owner.post(`/api/graphs/${graph.id}/nodes/shout/run`, { inputs: { text: 3 } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_graph']);
    expect(bad.body.error.message).toContain('Node "shout" input "text": Invalid input: expected string');
    const gone = await owner.post(`/api/graphs/${graph.id}/nodes/nowhere/run`, {});
    expect([gone.status, gone.body.error.code]).toEqual([400, 'unknown_node']);
  });
});
