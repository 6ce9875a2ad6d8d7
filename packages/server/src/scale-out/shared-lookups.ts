import type { Store } from '@blocksmith/store';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

/**
 * Lets this process keep the rows every run reads (webhook targets, graph
 * versions, budgets) in memory although servers and workers share the
 * database: each process announces its writes to those rows on a channel,
 * and the others drop their copies when they hear one — or whenever their
 * connection to Redis comes back, since announcements sent meanwhile were
 * lost. A change made through one server reaches the others' caches within
 * the announcement's trip through Redis.
 */
export async function shareLookups(store: Store, redis: Redis, subscriber: Redis, prefix: string): Promise<void> {
  const channel = lookupsChannel(prefix);
  const self = randomUUID();
  let heard = (): void => undefined;
  subscriber.on('message', (from: string, sender: string) => {
    if (from === channel && sender !== self) heard();
  });
  subscriber.on('ready', () => heard());
  // Listening first: a write announced before the caches are on cannot be missed.
  await subscriber.subscribe(channel);
  const caches = store.shareLookups({ announce: () => announceLookupChange(redis, prefix, self) });
  heard = () => caches.invalidate();
}

const lookupsChannel = (prefix: string) => `${prefix}:lookups`;

/** Tells every process of the deployment that rows they keep in memory changed (`sender`: who, so it ignores its own). */
export async function announceLookupChange(redis: Redis, prefix: string, sender: string): Promise<void> {
  await redis.publish(lookupsChannel(prefix), sender);
}
