import { jetStream, mqttClient, natsConnection, redisConnection } from '@blocksmith/blocks';
import { ManualClock } from '@blocksmith/engine/testing';
import { Store, type MessageTrigger } from '@blocksmith/store';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteQueue, LOCAL as policy, MOSQUITTO, NATS, queueLength, RABBIT, REDIS, sendToQueue } from '../testing/brokers.ts';
import { startConsumer } from './message-consumer.ts';
import { MessageTriggerHost } from './message-trigger-host.ts';

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`never: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

type Broker = 'amqp' | 'mqtt' | 'nats' | 'redis';
const BROKERS: Broker[] = ['amqp', 'mqtt', 'nats', 'redis'];
const URLS: Record<Broker, string> = { amqp: RABBIT, mqtt: MOSQUITTO, nats: NATS, redis: REDIS };

/** A fresh place on each broker to consume from, a way to send it a text message, and what removes it afterwards. */
const BROKER_SETUP: Record<Broker, () => Promise<{ source: string; publish(text: string): Promise<void>; close(): Promise<void> }>> = {
  amqp: async () => {
    const source = `blocksmith-host-${randomUUID()}`;
    return {
      source,
      publish: (text) => sendToQueue(source, [text]),
      close: () => deleteQueue(source),
    };
  },
  mqtt: async () => {
    const source = `blocksmith-host/${randomUUID()}`;
    const client = mqttClient(MOSQUITTO, policy);
    await new Promise((resolve) => client.once('connect', resolve));
    return { source, publish: async (text) => void (await client.publishAsync(source, text, { qos: 1 })), close: () => client.endAsync() };
  },
  nats: async () => {
    const connection = await natsConnection(URLS.nats, policy);
    const { client, manager } = jetStream(connection);
    const name = `BLOCKSMITH_HOST_${randomUUID().replaceAll('-', '')}`;
    await (await manager()).streams.add({ name, subjects: [`${name}.>`] });
    return {
      source: `${name}.*`,
      publish: async (text) => void (await client.publish(`${name}.in`, text)),
      close: async () => {
        await (await manager()).streams.delete(name);
        await connection.close();
      },
    };
  },
  redis: async () => {
    const source = `blocksmith-host:${randomUUID()}`;
    const connection = redisConnection(URLS.redis, policy);
    await connection.connect();
    return {
      source,
      publish: async (text) => void (await connection.xadd(source, '*', 'message', text)),
      close: async () => {
        await connection.del(source);
        connection.disconnect();
      },
    };
  },
};

describe.each(TEST_DIALECTS)('message trigger hosts sharing one %s database', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let owner: { workspaceId: string; userId: string };
  let graphId: string;
  const clock = new ManualClock(Date.parse('2026-12-07T00:00:00Z'));
  const queues: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    const userId = (await store.users.create({ email: `m-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
    owner = { workspaceId: userId, userId };
    graphId = (await store.graphs.create(owner, { schemaVersion: 1, name: 'G', nodes: [], links: [] })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
    for (const queue of queues) await deleteQueue(queue);
  });

  /**
   * A host whose runs are the message bodies it was given, in `started`; `refuse` makes starts fail while it holds;
   * with `ends`, each run goes on until the test calls its entry (else it ends at once).
   */
  const hostAs = (holder: string, started: string[], refuse = { reason: '' }, ends?: (() => void)[]) =>
    new MessageTriggerHost(
      {
        triggers: store.messageTriggers,
        clock,
        startConsumer,
        connection: async (trigger) => ({ url: URLS[trigger.broker], policy }),
        startRun: async (_trigger, message) => {
          if (refuse.reason) throw new Error(refuse.reason);
          started.push(message.body.toString());
          const done = ends ? new Promise<void>((resolve) => ends.push(resolve)) : Promise.resolve();
          return { runId: `run-${started.length}`, done };
        },
        log: () => undefined,
      },
      { holder, holdMs: 30_000, retryMs: 5_000, runsPerTrigger: 3, maxMessageBytes: 1024 },
    );

  const trigger = async (broker: Broker, source: string): Promise<MessageTrigger> =>
    store.messageTriggers.create(owner, graphId, { name: source, broker, credentialId: 'c', source, input: 'message', enabled: true });
  const statusOf = async (id: string) => (await store.messageTriggers.get(owner.workspaceId, id))?.status;

  it('lets one process consume a trigger, so each message starts one run; another takes over when it stops or dies', async () => {
    const queue = `blocksmith-host-${randomUUID()}`;
    queues.push(queue);
    const { id } = await trigger('amqp', queue);
    const onA: string[] = [];
    const onB: string[] = [];
    const onC: string[] = [];
    const [a, b, c] = [hostAs('a', onA), hostAs('b', onB), hostAs('c', onC)];
    await a.reconcile();
    await b.reconcile();
    expect([a.held, b.held]).toEqual([[id], []]);
    await until(async () => (await statusOf(id)) === 'listening', 'a listens');
    const first = Array.from({ length: 20 }, (_, i) => `m${i}`);
    await sendToQueue(queue, first);
    await until(() => onA.length === 20, 'a ran all 20');
    expect(onA.sort()).toEqual([...first].sort());
    expect(onB).toEqual([]);

    // Stopping lets go at once: the next look of another process takes the trigger.
    await a.stop();
    await b.reconcile();
    expect(b.held).toEqual([id]);
    await sendToQueue(queue, ['after-a']);
    await until(() => onB.length === 1, 'b ran it');

    // A process that dies keeps its hold until it lapses; then another takes the trigger.
    await c.reconcile();
    expect(c.held).toEqual([]);
    clock.set(clock.now() + 30_001);
    await c.reconcile();
    expect(c.held).toEqual([id]);
    await b.reconcile();
    expect(b.held).toEqual([]);
    await sendToQueue(queue, ['after-b']);
    await until(() => onC.length === 1, 'c ran it');
    expect([onA.length, onB, onC]).toEqual([20, ['after-a'], ['after-b']]);
    await Promise.all([b.stop(), c.stop()]);
    await store.messageTriggers.delete(owner.workspaceId, id);
  });

  it('lets a few runs of a trigger go at once: the next message waits, unacknowledged, until one ends', async () => {
    const queue = `blocksmith-host-${randomUUID()}`;
    queues.push(queue);
    const { id } = await trigger('amqp', queue);
    const started: string[] = [];
    const ends: (() => void)[] = [];
    const host = hostAs('f', started, undefined, ends);
    await host.reconcile();
    await until(async () => (await statusOf(id)) === 'listening', 'listening');
    await sendToQueue(queue, ['1', '2', '3', '4', '5']);
    await until(() => started.length === 3, 'three runs');
    // Two messages wait for a slot: delivered (none is ready in the queue) but unacknowledged until their runs start.
    expect(await queueLength(queue)).toBe(0);
    ends.shift()!();
    await until(() => started.length === 4, 'a fourth once one ended');
    expect(started).toEqual(['1', '2', '3', '4']);
    ends.splice(0).forEach((end) => end());
    await until(() => started.length === 5, 'the last');
    ends.splice(0).forEach((end) => end());
    await host.stop();
    await store.messageTriggers.delete(owner.workspaceId, id);
  });

  it('keeps a message whose run cannot start, tries again, and acknowledges it only once it started', async () => {
    const queue = `blocksmith-host-${randomUUID()}`;
    queues.push(queue);
    const { id } = await trigger('amqp', queue);
    const started: string[] = [];
    const refuse = { reason: 'The agent has problems: fix them first.' };
    const host = hostAs('d', started, refuse);
    await host.reconcile();
    await until(async () => (await statusOf(id)) === 'listening', 'listening');
    await sendToQueue(queue, ['kept']);
    await until(async () => (await statusOf(id)) === 'failing', 'failing');
    expect((await store.messageTriggers.get(owner.workspaceId, id))?.problem).toContain('could not start a run: The agent has problems');
    refuse.reason = '';
    await until(() => clock.sleeping >= 1, 'waiting to try again');
    clock.set(clock.now() + 5_000);
    await until(() => started.length === 1, 'started on the second try');
    await until(async () => (await statusOf(id)) === 'listening', 'listening again');
    expect(started).toEqual(['kept']);
    expect((await store.messageTriggers.get(owner.workspaceId, id))?.problem).toBeUndefined();
    await host.stop();
    // Acknowledged: the queue holds nothing more.
    expect(await queueLength(queue)).toBe(0);
    await store.messageTriggers.delete(owner.workspaceId, id);
  });

  it('acknowledges a message larger than the limit without a run, and says so on the trigger', async () => {
    const queue = `blocksmith-host-${randomUUID()}`;
    queues.push(queue);
    const { id } = await trigger('amqp', queue);
    const started: string[] = [];
    const host = hostAs('g', started);
    await host.reconcile();
    await until(async () => (await statusOf(id)) === 'listening', 'listening');
    await sendToQueue(queue, ['x'.repeat(1025), 'small']);
    await until(() => started.length === 1, 'the small one ran');
    await until(async () => (await store.messageTriggers.get(owner.workspaceId, id))?.problem !== undefined, 'the refusal shown');
    expect(started).toEqual(['small']);
    expect((await store.messageTriggers.get(owner.workspaceId, id))?.problem).toBe(
      `A message of 1025 bytes on ${queue} started no run: it is larger than BLOCKSMITH_MAX_BODY_BYTES (1024 bytes). ` +
        "It was acknowledged; send smaller messages (a file's address instead of the file) or ask the operator to raise the setting.",
    );
    await host.stop();
    expect(await queueLength(queue)).toBe(0);
    await store.messageTriggers.delete(owner.workspaceId, id);
  });

  it.each(BROKERS)('keeps its place at %s while no one consumes, and stops consuming when disabled', async (broker) => {
    const { source, publish, close } = await BROKER_SETUP[broker]();
    const { id } = await trigger(broker, source);
    const started: string[] = [];
    let host = hostAs('e', started);
    await host.reconcile();
    await until(async () => (await statusOf(id)) === 'listening', 'listening');
    await host.stop();
    await publish('while away');
    host = hostAs('e', started);
    await host.reconcile();
    await until(() => started.length === 1, 'the message sent while away');
    await publish('live');
    await until(() => started.length === 2, 'the next one');
    await store.messageTriggers.update(owner.workspaceId, id, { enabled: false });
    await host.reconcile();
    expect(host.held).not.toContain(id);
    await publish('while disabled');
    await host.stop();
    expect(started).toEqual(['while away', 'live']);
    await store.messageTriggers.delete(owner.workspaceId, id);
    await close();
  });
});
