import type { Credential } from '@blocksmith/sdk';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { amqpConnection } from '../outbound/amqp-connection.ts';
import { mqttClient } from '../outbound/mqtt-client.ts';
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
