import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { InterestAnnouncer, InterestMirror } from './interest.ts';
import { connectRedis } from './redis.ts';

const URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** What API servers follow, as workers see it, on the real Redis. */
describe('interest: the runs and graphs servers follow', () => {
  const connections: ReturnType<typeof connectRedis>[] = [];
  const connect = () => {
    const connection = connectRedis(URL, 'interest-test');
    connections.push(connection);
    return connection;
  };
  const log = (message: string) => {
    throw new Error(message);
  };

  afterAll(async () => {
    for (const connection of connections) connection.disconnect();
  });

  /** A worker's mirror, and a way to wait until its channel has passed on the next change. */
  async function worker(prefix: string) {
    const subscriber = connect();
    const mirror = await InterestMirror.open(connect(), subscriber, prefix, log);
    // Listeners run in the order they were added: once this one hears a change, the mirror has applied it.
    const heard = () => new Promise<void>((resolve) => subscriber.once('message', () => resolve()));
    return { mirror, heard };
  }

  it('follows what servers watch as it changes, keeps a key while any server watches it, and forgets a server that closes', async () => {
    const prefix = `interest-${randomBytes(4).toString('hex')}`;
    const [one, two] = [new InterestAnnouncer(connect(), prefix, 's1', log), new InterestAnnouncer(connect(), prefix, 's2', log)];
    await Promise.all([one.beat(), two.beat()]);
    const { mirror, heard } = await worker(prefix);
    expect(mirror.watched('r1', 'g1')).toBe(false);

    let next = heard();
    await one.watch('run:r1');
    await next;
    expect([mirror.watched('r1', undefined), mirror.watched('r2', 'g1')]).toEqual([true, false]);

    next = heard();
    await two.watch('graph:g1');
    await next;
    expect([mirror.watched('r2', 'g1'), mirror.watched('r2', 'g2')]).toEqual([true, false]);

    next = heard();
    await one.watch('graph:g1');
    await next;
    next = heard();
    two.unwatch('graph:g1');
    await next;
    expect(mirror.watched('r2', 'g1')).toBe(true);

    next = heard();
    await one.close();
    await next;
    expect([mirror.watched('r1', undefined), mirror.watched('r2', 'g1')]).toEqual([false, false]);
    mirror.close();
    await two.close();
  });

  it('loads what servers watched before the worker started', async () => {
    const prefix = `interest-${randomBytes(4).toString('hex')}`;
    const server = new InterestAnnouncer(connect(), prefix, 's1', log);
    await server.beat();
    await server.watch('run:r1');
    const { mirror } = await worker(prefix);
    expect(mirror.watched('r1', undefined)).toBe(true);
    mirror.close();
    await server.close();
  });
});
