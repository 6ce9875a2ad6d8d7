import type { Credential } from '@blocksmith/sdk';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { redisConnection } from '../outbound/redis-connection.ts';
import { runBlock } from '../test-support.ts';

/** The machine's Redis on 6379, database 0; every key of this suite under one prefix, removed afterwards. */
const server: Credential = { id: 'r', kind: 'redis', fields: { url: 'redis://127.0.0.1:6379/0' } };
const local = { allowPrivateNetwork: true };
const prefix = `blocksmith-test:${randomUUID()}:`;
const run = (block: string, inputs: Record<string, unknown>) => runBlock(block, inputs, local, { credentials: [server] });
async function direct() {
  const redis = redisConnection(server.fields.url!, { allowPrivateNetwork: true, allowedHosts: [], allowedSockets: [] });
  await redis.connect();
  return redis;
}

describe('Redis blocks against the real Redis', () => {
  afterAll(async () => {
    const redis = await direct();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('sets, gets (JSON as values) and deletes keys; only-if-absent writes once; a time to live expires', async () => {
    const key = `${prefix}profile`;
    expect((await run('redis.set', { key, value: { name: 'Ada' } })).outputs).toEqual({ written: [true] });
    expect((await run('redis.get', { key })).outputs).toEqual({ found: [true], value: [{ name: 'Ada' }] });
    expect((await run('redis.get', { key, json: false })).outputs.value).toEqual(['{"name":"Ada"}']);
    expect((await run('redis.set', { key, value: 'other', only_if_absent: true })).outputs).toEqual({ written: [false] });
    await run('redis.set', { key: `${prefix}session`, value: 'x', ttl_s: 60 });
    const redis = await direct();
    expect(await redis.ttl(`${prefix}session`)).toBeGreaterThan(0);
    redis.disconnect();
    expect((await run('redis.delete', { keys: [key, `${prefix}nothing`] })).outputs).toEqual({ deleted: [1] });
    expect((await run('redis.get', { key })).outputs).toEqual({ found: [false], value: [null] });
  });

  it('counts atomically, with a window set only at the first increment', async () => {
    const key = `${prefix}hits`;
    const values = await Promise.all(Array.from({ length: 10 }, () => run('redis.increment', { key, window_s: 100 })));
    expect(values.map((r) => r.outputs.value![0]).sort((a, b) => (a as number) - (b as number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const redis = await direct();
    await redis.expire(key, 50);
    expect((await run('redis.increment', { key, by: 5, window_s: 100 })).outputs.value).toEqual([15]);
    // The window did not slide: the expiry set before stays.
    expect(await redis.ttl(key)).toBeLessThanOrEqual(50);
    redis.disconnect();
  });

  it('pushes to a list keeping the newest, reads it back, and publishes', async () => {
    const key = `${prefix}events`;
    await run('redis.list_push', { key, values: ['a', { b: 2 }] });
    expect((await run('redis.list_push', { key, values: ['c', 'd'], max_length: 3 })).outputs).toEqual({ length: [3] });
    expect((await run('redis.list_range', { key })).outputs.items).toEqual([[{ b: 2 }, 'c', 'd']]);
    await run('redis.list_push', { key, values: ['z'], end: 'head', max_length: 2 });
    expect((await run('redis.list_range', { key })).outputs.items).toEqual([['z', { b: 2 }]]);
    const subscriber = await direct();
    const channel = `${prefix}alerts`;
    const got = new Promise<string>((resolve) => subscriber.on('message', (_channel: string, message: string) => resolve(message)));
    await subscriber.subscribe(channel);
    expect((await run('redis.publish', { channel, message: { level: 'high' } })).outputs).toEqual({ receivers: [1] });
    expect(JSON.parse(await got)).toEqual({ level: 'high' });
    subscriber.disconnect();
  });

  it('reads a long list a page at a time, and refuses a value too big to read at once by its size', async () => {
    const key = `${prefix}long`;
    const redis = await direct();
    await redis.rpush(key, ...Array.from({ length: 2500 }, (_, i) => String(i)));
    const page = await run('redis.list_range', { key, json: false });
    expect(page.outputs.length).toEqual([2500]);
    expect(page.outputs.items![0]).toHaveLength(1000);
    expect((await run('redis.list_range', { key, start: -3, max_items: 2 })).outputs).toEqual({ items: [[2497, 2498]], length: [2500] });
    expect((await run('redis.list_range', { key, start: 2400, stop: 5000, max_items: 10 })).outputs.items![0]).toEqual([
      2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409,
    ]);
    expect((await run('redis.list_range', { key: `${prefix}absent` })).outputs).toEqual({ items: [[]], length: [0] });
    // SETRANGE makes a 10 MB + 1 value without sending it; the block refuses it before reading.
    await redis.setrange(`${prefix}big`, 10_000_000, 'x');
    redis.disconnect();
    expect((await run('redis.get', { key: `${prefix}big` })).error).toMatchObject({
      kind: 'too_large',
      message: expect.stringContaining('holds 10000001 bytes'),
    });
  });

  it('says what Redis refused, and refuses a private server the policy does not allow', async () => {
    const key = `${prefix}text`;
    await run('redis.set', { key, value: 'words' });
    expect((await run('redis.increment', { key })).error?.message).toBe('Redis refused the command: ERR value is not an integer or out of range.');
    const closed = await runBlock('redis.get', { key }, {}, { credentials: [server] });
    expect(closed.error?.message).toContain('BLOCKSMITH_ALLOW_HOSTS');
  });
});
