import type { Redis } from 'ioredis';
import { redisNames } from './redis.ts';
import { RedisScript } from './redis-script.ts';

/**
 * Takes a slot when the user has fewer than `cap` live ones (or renews the
 * run's own): a sorted set of run ids scored by when their lease ends, so a
 * dead worker's slots free themselves when the user is at the cap. Atomic in
 * Redis, so two workers cannot both take the last one. The set needs no
 * expiry: it holds only live leases, and Redis drops it once it is empty.
 */
const TAKE = new RedisScript(`
local live = redis.call('ZCARD', KEYS[1])
if live >= tonumber(ARGV[4]) then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
  live = redis.call('ZCARD', KEYS[1])
end
if live < tonumber(ARGV[4]) or redis.call('ZSCORE', KEYS[1], ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
  return 1
end
return 0`);

/** The per-user cap on runs executing at once, across all workers. */
export class UserSlots {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly cap: number,
    private readonly leaseMs: number,
  ) {}

  /** Takes (or renews) the run's slot; false when the user is at the cap. */
  async take(userId: string, runId: string): Promise<boolean> {
    const now = Date.now();
    const taken = await TAKE.run(this.redis, [redisNames(this.prefix).userSlots(userId)], [now, now + this.leaseMs, runId, this.cap]);
    return taken === 1;
  }

  async release(userId: string, runId: string): Promise<void> {
    await this.redis.zrem(redisNames(this.prefix).userSlots(userId), runId);
  }
}
