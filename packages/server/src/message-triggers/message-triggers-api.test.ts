import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { deleteQueue, MOSQUITTO, publishMqtt, queueLength, RABBIT, sendToQueue } from '../testing/brokers.ts';
import { greeterGraph as greeter } from '../testing/greeter-graph.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

/** The brokers opened to the server one address at a time (the rest of the private network stays closed). */
const env = { BLOCKSMITH_ALLOW_HOSTS: '127.0.0.1:5672,127.0.0.1:1883' };

/** Polls until `read` gives a value that `done` accepts; the deadline only bounds a failing test. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The greetings of the agent's runs a message trigger started, in the order they were made. */
async function greetings(client: ApiClient, graphId: string): Promise<string[]> {
  const { runs } = (await client.get(`/api/runs?graphId=${graphId}&trigger=message&limit=100`)).body as { runs: { id: string }[] };
  const ended = await Promise.all(runs.map(async (run) => (await client.waitForRun(run.id)).run));
  return ended.map((run) => run.outputs?.greeting?.[0] as string).sort();
}

describe('message triggers (real server process, real RabbitMQ and Mosquitto)', () => {
  let server: ServerProcess;
  let owner: ApiClient;
  let other: ApiClient;
  let stop: () => Promise<void>;
  let dataDir: string;
  let graphId: string;
  let rabbitId: string;
  let mosquittoId: string;
  const queue = `blocksmith-trigger-${randomUUID()}`;
  const topic = `blocksmith-trigger/${randomUUID()}`;

  beforeAll(async () => {
    const started = await startWithTwoAccounts(env);
    ({ server, owner, other } = started);
    dataDir = started.database.options.dataDir;
    stop = async () => {
      await server.stop();
      await started.database.drop();
    };
    graphId = (await owner.post('/api/graphs', greeter)).body.id;
    rabbitId = (await owner.post('/api/credentials', { name: 'rabbit', kind: 'amqp', fields: { url: RABBIT } })).body.credential.id;
    mosquittoId = (await owner.post('/api/credentials', { name: 'mosquitto', kind: 'mqtt', fields: { url: MOSQUITTO } })).body.credential.id;
  });

  afterAll(async () => {
    await stop?.();
    await deleteQueue(queue);
  });

  it('refuses a setup that could not work, naming the field', async () => {
    const bad = (body: object) => owner.post(`/api/graphs/${graphId}/message-triggers`, body);
    expect((await bad({ broker: 'mqtt', credentialId: rabbitId, source: topic, input: 'who' })).body.error.message).toBe(
      'credentialId: "rabbit" is a amqp credential; a mqtt trigger needs one of kind mqtt.',
    );
    expect((await bad({ broker: 'amqp', credentialId: rabbitId, source: queue, input: 'whom' })).body.error.message).toBe(
      'input: "whom" is not an Input block of this graph; its inputs are: who.',
    );
    expect((await bad({ broker: 'amqp', credentialId: 'nope', source: queue, input: 'who' })).body.error.message).toContain('no credential nope');
    expect((await bad({ broker: 'nats', credentialId: rabbitId, source: queue })).status).toBe(400);
  });

  it('starts one run per RabbitMQ message, with the message as the input, and acknowledges it', async () => {
    const created = await owner.post(`/api/graphs/${graphId}/message-triggers`, { broker: 'amqp', credentialId: rabbitId, source: queue, input: 'who' });
    expect(created.status).toBe(201);
    expect(created.body.trigger).toMatchObject({ name: `RabbitMQ ${queue}`, broker: 'amqp', source: queue, input: 'who', enabled: true });
    rabbitId = created.body.trigger.id;
    await eventually(
      () => owner.get(`/api/message-triggers/${rabbitId}`),
      (r) => r.body.trigger.status === 'listening',
      'listening',
    );
    await sendToQueue(queue, ['Ada']);
    const { body } = await eventually(
      () => owner.get(`/api/message-triggers/${rabbitId}`),
      (r) => r.body.trigger.lastRunId !== undefined,
      'a run',
    );
    const run = (await owner.waitForRun(body.trigger.lastRunId)).run;
    expect(run.outputs).toEqual({ greeting: ['Hello Ada'] });
    expect(run.trigger).toEqual({ kind: 'message', triggerId: rabbitId, broker: 'amqp', source: queue });
    // Acknowledged: nothing of it is left in the queue.
    expect(await queueLength(queue)).toBe(0);
  });

  it('starts one run per MQTT message on a topic filter', async () => {
    const created = await owner.post(`/api/graphs/${graphId}/message-triggers`, {
      name: 'sensors',
      broker: 'mqtt',
      credentialId: mosquittoId,
      source: `${topic}/+`,
      input: 'who',
    });
    mosquittoId = created.body.trigger.id;
    await eventually(
      () => owner.get(`/api/message-triggers/${mosquittoId}`),
      (r) => r.body.trigger.status === 'listening',
      'listening',
    );
    await publishMqtt(`${topic}/door`, 'Lin');
    const { body } = await eventually(
      () => owner.get(`/api/message-triggers/${mosquittoId}`),
      (r) => r.body.trigger.lastRunId !== undefined,
      'a run',
    );
    const run = (await owner.waitForRun(body.trigger.lastRunId)).run;
    expect(run.outputs).toEqual({ greeting: ['Hello Lin'] });
    expect(run.trigger).toMatchObject({ kind: 'message', broker: 'mqtt', source: `${topic}/door` });
  });

  it('keeps triggers to their workspace', async () => {
    expect((await other.get(`/api/message-triggers/${rabbitId}`)).status).toBe(404);
    expect((await other.patch(`/api/message-triggers/${rabbitId}`, { enabled: false })).status).toBe(404);
    expect((await other.delete(`/api/message-triggers/${rabbitId}`)).status).toBe(404);
    expect((await other.get('/api/message-triggers')).body.triggers).toEqual([]);
    expect((await owner.get(`/api/graphs/${graphId}/message-triggers`)).body.triggers.map((t: { id: string }) => t.id)).toEqual([rabbitId, mosquittoId]);
  });

  it('runs the messages sent while the server was down once it is back', async () => {
    await server.stop();
    await sendToQueue(queue, ['Grace']);
    await publishMqtt(`${topic}/window`, 'Alan');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: dataDir, BLOCKSMITH_SIGNUP: 'open', ...env });
    owner = owner.at(server.url);
    other = other.at(server.url);
    const all = await eventually(
      () => greetings(owner, graphId),
      (g) => g.length >= 4,
      'four runs',
    );
    expect(all).toEqual(['Hello Ada', 'Hello Alan', 'Hello Grace', 'Hello Lin']);
  });

  it('shows why a trigger cannot listen, and stops when disabled', async () => {
    const closed = (await owner.post('/api/credentials', { name: 'lan', kind: 'amqp', fields: { url: 'amqp://10.0.0.1:5672' } })).body.credential.id;
    const created = await owner.post(`/api/graphs/${graphId}/message-triggers`, { broker: 'amqp', credentialId: closed, source: 'jobs', input: 'who' });
    const { body } = await eventually(
      () => owner.get(`/api/message-triggers/${created.body.trigger.id}`),
      (r) => r.body.trigger.status === 'failing',
      'failing',
    );
    expect(body.trigger.problem).toContain('BLOCKSMITH_ALLOW_HOSTS');
    const paused = await owner.patch(`/api/message-triggers/${rabbitId}`, { enabled: false });
    expect(paused.body.trigger).toMatchObject({ enabled: false });
    expect(paused.body.trigger.status).toBeUndefined();
    expect((await owner.delete(`/api/message-triggers/${created.body.trigger.id}`)).status).toBe(204);
  });
});
