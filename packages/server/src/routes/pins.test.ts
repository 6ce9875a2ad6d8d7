import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { askThenShoutGraph } from '../testing/ask-then-shout-graph.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

describe('pinned outputs (real server process)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let model: FakeModelServer;
  let owner: ApiClient;
  let graphId: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    model = await startFakeOpenAiServer([{ chunks: ['Owls ', 'hoot'] }]);
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1', BLOCKSMITH_SIGNUP: 'open' });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    const { body } = await owner.post('/api/credentials', { name: 'Model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } });
    graphId = (await owner.post('/api/graphs', askThenShoutGraph(body.credential.id))).body.id;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await model?.close();
    await database?.drop();
  });

  it("runs from the editor put a pinned node's outputs out instead of calling the model; other runs never do", async () => {
    const pinned = await owner.put(`/api/graphs/${graphId}/pins/ask`, { outputs: { response: ['Pinned owls'] } });
    expect(pinned.status).toBe(200);
    expect(pinned.body.pin).toMatchObject({ nodeId: 'ask', outputs: { response: ['Pinned owls'] } });
    expect((await owner.get(`/api/graphs/${graphId}/pins`)).body.pins.map((p: { nodeId: string }) => p.nodeId)).toEqual(['ask']);

    const withPins = await owner.waitForRun((await owner.post(`/api/graphs/${graphId}/runs`, { usePins: true })).body.runId);
    expect(withPins.run).toMatchObject({ status: 'COMPLETED', outputs: { answer: ['PINNED OWLS'] }, trigger: { kind: 'manual', pins: true } });
    expect(withPins.nodes.ask.latest).toMatchObject({ pinned: true, inputs: { prompt: 'owls' } });
    expect(model.requests).toHaveLength(0);

    const plain = await owner.waitForRun((await owner.post(`/api/graphs/${graphId}/runs`, {})).body.runId);
    expect(plain.run).toMatchObject({ outputs: { answer: ['OWLS HOOT'] }, trigger: { kind: 'manual' } });
    expect(model.requests).toHaveLength(1);

    const key = (await owner.post('/api/keys', { name: 'program' })).body.secret as string;
    const refused = await owner.withKey(key).post(`/api/graphs/${graphId}/runs`, { usePins: true });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'pins_for_editor']);
    const hook = (await owner.post(`/api/graphs/${graphId}/webhooks`, {})).body.path as string;
    const hooked = await new ApiClient(server.url).post(`${hook}?wait=true`, {});
    expect(hooked.body.outputs).toEqual({ answer: ['OWLS HOOT'] });
  });

  it('refuses pins that do not fit, naming what to fix, and keeps pins to their owner', async () => {
    const unknownOutput = await owner.put(`/api/graphs/${graphId}/pins/ask`, { outputs: { reply: ['x'] } });
    expect([unknownOutput.status, unknownOutput.body.error.code]).toEqual([400, 'invalid_pin']);
    expect(unknownOutput.body.error.message).toContain('ai.text has no output "reply"');
    const wrongType = await owner.put(`/api/graphs/${graphId}/pins/shout`, { outputs: { result: [42] } });
    expect(wrongType.body.error.message).toMatch(/Value 1 of output "result"/);
    const unknownNode = await owner.put(`/api/graphs/${graphId}/pins/nowhere`, { outputs: {} });
    expect([unknownNode.status, unknownNode.body.error.code]).toEqual([400, 'unknown_node']);
    expect((await owner.put(`/api/graphs/${graphId}/pins/ask`, { outputs: { response: 'not a list' } })).status).toBe(400);

    const other = new ApiClient(server.url);
    await other.post('/api/auth/signup', { email: 'other@x.test', password: 'password-b' });
    expect((await other.get(`/api/graphs/${graphId}/pins`)).status).toBe(404);
    expect((await other.put(`/api/graphs/${graphId}/pins/ask`, { outputs: { response: ['theirs'] } })).status).toBe(404);
    expect((await other.delete(`/api/graphs/${graphId}/pins/ask`)).status).toBe(404);

    expect((await owner.delete(`/api/graphs/${graphId}/pins/ask`)).status).toBe(204);
    expect((await owner.delete(`/api/graphs/${graphId}/pins/ask`)).status).toBe(404);
    expect((await owner.get(`/api/graphs/${graphId}/pins`)).body.pins).toEqual([]);
  });
});
