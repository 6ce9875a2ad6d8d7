import type { GraphRunRecord } from '@blocksmith/engine';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { connectRedis, redisNames } from './redis.ts';
import { RunClaims } from './run-claims.ts';
import { RunQueue } from './run-queue.ts';

/** The run queue on the real Redis, one prefix per test; time is given to `maintain`, never waited for. */
describe('run queue and worker claims', () => {
  const redis = connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'claims-test');
  const blocking: ReturnType<typeof connectRedis>[] = [];
  let prefix: string;
  let names: ReturnType<typeof redisNames>;
  let queue: RunQueue;

  const worker = (id: string) => {
    const connection = connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', `claims-test-${id}`);
    blocking.push(connection);
    return new RunClaims(redis, connection, prefix, id, 60_000);
  };
  const waiting = () => redis.lrange(names.queue, 0, -1);

  beforeEach(() => {
    prefix = `claims-${randomBytes(4).toString('hex')}`;
    names = redisNames(prefix);
    queue = new RunQueue(redis, prefix);
  });

  afterAll(async () => {
    for (const connection of blocking) connection.disconnect();
    const keys = await redis.keys('claims-*');
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('queues a run once however often it is queued, until its job is finished', async () => {
    const w = worker('w1');
    await w.register('start');
    await queue.enqueue('r1');
    await queue.enqueue('r1');
    expect(await waiting()).toEqual(['r1']);
    expect((await w.claim())?.runId).toBe('r1');
    await queue.enqueue('r1');
    expect(await waiting()).toEqual([]);
    expect(await queue.hasJob('r1')).toBe(true);
    await w.finish('r1');
    expect(await queue.hasJob('r1')).toBe(false);
    await queue.enqueue('r1');
    expect(await waiting()).toEqual(['r1']);
  });

  it('hands out runs first queued, first claimed; a handed-back run goes first', async () => {
    const w = worker('w1');
    await w.register('start');
    for (const runId of ['r1', 'r2', 'r3']) await queue.enqueue(runId);
    expect((await w.claim())?.runId).toBe('r1');
    await w.handBack('r1');
    expect([(await w.claim())?.runId, (await w.claim())?.runId, (await w.claim())?.runId]).toEqual(['r1', 'r2', 'r3']);
  });

  it("puts a dead worker's runs back in the queue once, for another worker to claim", async () => {
    const [dead, alive] = [worker('dead'), worker('alive')];
    await Promise.all([dead.register('start'), alive.register('start')]);
    await queue.enqueue('r1');
    await queue.enqueue('r2');
    expect([(await dead.claim())?.runId, (await dead.claim())?.runId]).toEqual(['r1', 'r2']);
    expect(await alive.maintain()).toEqual([]);
    // Its lease runs out.
    await redis.del(names.worker('dead'));
    expect((await alive.maintain()).sort()).toEqual(['r1', 'r2']);
    expect(await alive.maintain()).toEqual([]);
    expect((await waiting()).sort()).toEqual(['r1', 'r2']);
    expect(await queue.hasJob('r1')).toBe(true);
    // The dead worker, had it lived on, finds it no longer holds them: its hand-back queues nothing twice.
    expect(await dead.renew()).toBe(false);
    await dead.handBack('r1');
    expect((await waiting()).sort()).toEqual(['r1', 'r2']);
  });

  it('offers a delayed run again once it is due, keeping its job meanwhile', async () => {
    const w = worker('w1');
    await w.register('start');
    await queue.enqueue('r1');
    await w.claim();
    await w.delay('r1', 5_000);
    await w.maintain(4_999);
    expect(await waiting()).toEqual([]);
    await queue.enqueue('r1');
    expect(await waiting()).toEqual([]);
    await w.maintain(5_000);
    expect(await waiting()).toEqual(['r1']);
  });

  it('drops a waiting or delayed run that is stopped, and leaves a claimed one to its worker', async () => {
    const w = worker('w1');
    await w.register('start');
    for (const runId of ['delayed', 'claimed', 'waiting']) await queue.enqueue(runId);
    expect((await w.claim())?.runId).toBe('delayed');
    await w.delay('delayed', 1);
    expect((await w.claim())?.runId).toBe('claimed');
    for (const runId of ['waiting', 'delayed', 'claimed']) await queue.removeWaiting(runId);
    expect(await waiting()).toEqual([]);
    expect(await queue.hasJob('waiting')).toBe(false);
    expect(await queue.hasJob('delayed')).toBe(false);
    expect(await queue.hasJob('claimed')).toBe(true);
    expect(await w.maintain(Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect(await waiting()).toEqual([]);
  });

  it('hands a run just started to its worker with its record, and forgets the record once the run is put back', async () => {
    const [w, other] = [worker('w1'), worker('w2')];
    await Promise.all([w.register('start'), other.register('start')]);
    const record = { id: 'r1', status: 'QUEUED', inputs: { x: 1 } } as unknown as GraphRunRecord;
    await queue.enqueue('r1', record);
    expect(await w.claim()).toEqual({ runId: 'r1', record });
    await w.handBack('r1');
    expect(await w.claim()).toEqual({ runId: 'r1' });

    await queue.enqueue('r2', { ...record, id: 'r2' });
    await other.claim();
    await redis.del(names.worker('w2'));
    await w.maintain();
    expect(await w.claim()).toEqual({ runId: 'r2' });

    await queue.enqueue('r3', { ...record, id: 'r3' });
    await w.claim();
    await w.delay('r3', 1);
    await w.maintain(1);
    expect(await w.claim()).toEqual({ runId: 'r3' });
  });

  it('gives back what an earlier life of the same worker held when it starts again, and all it holds when it stops', async () => {
    const first = worker('w1');
    await first.register('start');
    await queue.enqueue('r1');
    await first.claim();
    const again = worker('w1');
    await again.register('start');
    expect(await waiting()).toEqual(['r1']);
    await again.claim();
    await again.release();
    expect(await waiting()).toEqual(['r1']);
    expect(await redis.sismember(names.workers, 'w1')).toBe(0);
    expect(await redis.exists(names.worker('w1'))).toBe(0);
  });

  it('ends a waiting claim when claiming stops', async () => {
    const w = worker('w1');
    await w.register('start');
    const claim = w.claim();
    w.stopClaiming();
    expect(await claim).toBeUndefined();
  });
});
