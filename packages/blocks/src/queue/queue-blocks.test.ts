import type { Credential } from '@blocksmith/sdk';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { amqpConnection } from '../outbound/amqp-connection.ts';
import { mqttClient } from '../outbound/mqtt-client.ts';
import { jetStream, natsConnection } from '../outbound/nats-connection.ts';
import { redisConnection } from '../outbound/redis-connection.ts';
import { runBlock } from '../test-support.ts';

/** The machine's brokers: RabbitMQ on 5672 (guest/guest), Mosquitto on 1883. */
const rabbit: Credential = { id: 'mq', kind: 'amqp', fields: { url: 'amqp://guest:guest@127.0.0.1:5672' } };
const mosquitto: Credential = { id: 'mq', kind: 'mqtt', fields: { url: 'mqtt://127.0.0.1:1883' } };
const local = { allowPrivateNetwork: true };
const policy = { allowPrivateNetwork: true, allowedHosts: [], allowedSockets: [] };

describe('rabbitmq.publish against the real RabbitMQ', () => {
  const queue = `blocksmith-test-${randomUUID()}`;
  afterAll(async () => {
    const connection = await amqpConnection(rabbit.fields.url!, policy);
    await (await connection.createChannel()).deleteQueue(queue);
    await connection.close();
  });

  it('puts the message on the queue, JSON or text, with its headers', async () => {
    const connection = await amqpConnection(rabbit.fields.url!, policy);
    const channel = await connection.createChannel();
    await channel.assertQueue(queue, { durable: false });
    const json = await runBlock('rabbitmq.publish', { message: { order: 7 }, routing_key: queue, headers: { source: 'test' } }, local, {
      credentials: [rabbit],
    });
    expect(json.outputs).toEqual({ published: [true] });
    await runBlock('rabbitmq.publish', { message: 'plain words', routing_key: queue }, local, { credentials: [rabbit] });
    const first = await channel.get(queue, { noAck: true });
    const second = await channel.get(queue, { noAck: true });
    expect(first && JSON.parse(first.content.toString())).toEqual({ order: 7 });
    expect(first && first.properties.headers).toMatchObject({ source: 'test' });
    expect(first && first.properties.contentType).toBe('application/json');
    expect(second && second.content.toString()).toBe('plain words');
    await connection.close();
  });

  it('says so when the exchange does not exist, and when the broker refuses the sign-in', async () => {
    const missing = await runBlock('rabbitmq.publish', { message: 1, exchange: `no-such-${randomUUID()}`, routing_key: 'x' }, local, { credentials: [rabbit] });
    expect(missing.error).toMatchObject({ kind: 'rejected', message: expect.stringContaining('Check that the exchange exists') });
    const wrong = { ...rabbit, fields: { url: 'amqp://guest:wrong@127.0.0.1:5672' } };
    const refused = await runBlock('rabbitmq.publish', { message: 1, routing_key: queue }, local, { credentials: [wrong] });
    expect(refused.error).toMatchObject({ kind: 'connection', message: expect.stringContaining('Could not reach the broker') });
  });

  it('never reaches a private address unless the operator allows it', async () => {
    const refused = await runBlock('rabbitmq.publish', { message: 1, routing_key: queue }, {}, { credentials: [rabbit] });
    expect(refused.error).toMatchObject({ kind: 'forbidden_address' });
    const notAmqp = { ...rabbit, fields: { url: 'http://127.0.0.1:5672' } };
    expect((await runBlock('rabbitmq.publish', { message: 1, routing_key: queue }, local, { credentials: [notAmqp] })).error?.message).toContain(
      'must start with amqp:// or amqps://',
    );
  });
});

describe('mqtt.publish against the real Mosquitto', () => {
  it('delivers the payload to a subscriber of the topic', async () => {
    const topic = `blocksmith-test/${randomUUID()}`;
    const subscriber = mqttClient(mosquitto.fields.url!, policy);
    await new Promise((resolve) => subscriber.once('connect', resolve));
    await subscriber.subscribeAsync(topic, { qos: 1 });
    const received = new Promise<string>((resolve) => subscriber.once('message', (_topic, payload) => resolve(payload.toString())));
    const result = await runBlock('mqtt.publish', { topic, message: { door: 'open' } }, local, { credentials: [mosquitto] });
    expect(result.outputs).toEqual({ published: [true] });
    expect(JSON.parse(await received)).toEqual({ door: 'open' });
    await subscriber.endAsync();
  });

  it('refuses wildcards and private addresses, and names an unreachable broker', async () => {
    await expect(runBlock('mqtt.publish', { topic: 'a/+/b', message: 1 }, local, { credentials: [mosquitto] })).rejects.toThrow('no wildcards');
    const refused = await runBlock('mqtt.publish', { topic: 'a', message: 1 }, {}, { credentials: [mosquitto] });
    expect(refused.error).toMatchObject({ kind: 'forbidden_address' });
    const closed = { ...mosquitto, fields: { url: 'mqtt://127.0.0.1:1' } };
    const unreachable = await runBlock('mqtt.publish', { topic: 'a', message: 1 }, local, { credentials: [closed] });
    expect(unreachable.error).toMatchObject({ kind: 'connection', message: expect.stringContaining('ECONNREFUSED') });
  });
});

describe('nats.publish against the real NATS server (JetStream)', () => {
  const nats: Credential = { id: 'mq', kind: 'nats', fields: { url: 'nats://127.0.0.1:4222' } };
  const name = `BLOCKSMITH_TEST_${randomUUID().replaceAll('-', '')}`;
  const subject = `blocksmith-test.${randomUUID()}`;

  afterAll(async () => {
    const connection = await natsConnection(nats.fields.url!, policy);
    await (await jetStream(connection).manager()).streams.delete(name);
    await connection.close();
  });

  it('stores the message in the stream of its subject, with its headers', async () => {
    const connection = await natsConnection(nats.fields.url!, policy);
    const manager = await jetStream(connection).manager();
    await manager.streams.add({ name, subjects: [`${subject}.>`] });
    const result = await runBlock('nats.publish', { subject: `${subject}.created`, message: { id: 7 }, headers: { source: 'test' } }, local, {
      credentials: [nats],
    });
    expect(result.outputs).toEqual({ published: [true], stream: [name], seq: [1] });
    const stored = await manager.streams.getMessage(name, { seq: 1 });
    expect(stored?.json()).toEqual({ id: 7 });
    expect(stored?.header.get('source')).toBe('test');
    await connection.close();
  });

  it('says when no stream takes the subject, refuses private addresses, and sends plain NATS when asked', async () => {
    const orphan = await runBlock('nats.publish', { subject: `${subject}-none.x`, message: 1 }, local, { credentials: [nats] });
    expect(orphan.error).toMatchObject({ kind: 'rejected', message: expect.stringContaining('Add a stream that captures the subject') });
    const plain = await runBlock('nats.publish', { subject: `${subject}-none.x`, message: 1, jetstream: false }, local, { credentials: [nats] });
    expect(plain.outputs).toEqual({ published: [true] });
    const refused = await runBlock('nats.publish', { subject: 'a', message: 1 }, {}, { credentials: [nats] });
    expect(refused.error).toMatchObject({ kind: 'forbidden_address' });
  });
});

describe('redis.stream_add against the real Redis', () => {
  const redisUrl = 'redis://127.0.0.1:6379/0';
  const redis: Credential = { id: 'mq', kind: 'redis', fields: { url: redisUrl } };
  const stream = `blocksmith-test:${randomUUID()}`;

  afterAll(async () => {
    const connection = redisConnection(redisUrl, policy);
    await connection.connect();
    await connection.del(stream);
    connection.disconnect();
  });

  it('appends the message and the fields as one entry', async () => {
    const result = await runBlock('redis.stream_add', { stream, message: { id: 7 }, fields: { source: 'test' } }, local, { credentials: [redis] });
    const id = result.outputs.id?.[0] as string;
    expect(id).toMatch(/^\d+-\d+$/);
    const connection = redisConnection(redisUrl, policy);
    await connection.connect();
    expect(await connection.xrange(stream, '-', '+')).toEqual([[id, ['source', 'test', 'message', '{"id":7}']]]);
    connection.disconnect();
  });

  it('refuses an empty entry and private addresses, and names an unreachable server', async () => {
    expect((await runBlock('redis.stream_add', { stream }, local, { credentials: [redis] })).error?.message).toContain('cannot be empty');
    expect((await runBlock('redis.stream_add', { stream, message: 1 }, {}, { credentials: [redis] })).error).toMatchObject({ kind: 'forbidden_address' });
    const closed = { ...redis, fields: { url: 'redis://127.0.0.1:1' } };
    expect((await runBlock('redis.stream_add', { stream, message: 1 }, local, { credentials: [closed] })).error).toMatchObject({
      kind: 'connection',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
