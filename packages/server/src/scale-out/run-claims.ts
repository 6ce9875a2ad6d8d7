import type { GraphRunRecord } from '@blocksmith/engine';
import type { Redis } from 'ioredis';
import { redisNames } from './redis.ts';
import { RedisScript } from './redis-script.ts';

/**
 * Puts every run a worker's list holds back at the front of the queue. A run
 * put back may have started: its job forgets the record it was queued with,
 * and whoever claims it next reads the run as it is.
 */
const RETURN_ALL = `
local function returnAll(claimed, queue, jobs)
  local returned = {}
  while true do
    local runId = redis.call('LMOVE', claimed, queue, 'RIGHT', 'RIGHT')
    if not runId then return returned end
    redis.call('HSET', jobs, runId, '')
    returned[#returned + 1] = runId
  end
end`;

/**
 * Starts a worker's lease (KEYS: claimed, queue, jobs, workers, lease). At
 * start (ARGV[3] = 1), what an earlier life of the same worker id held goes
 * back first; after a lost lease, the worker hands back what it held itself.
 */
const REGISTER = new RedisScript(`${RETURN_ALL}
if ARGV[3] == '1' then returnAll(KEYS[1], KEYS[2], KEYS[3]) end
redis.call('SADD', KEYS[4], ARGV[1])
redis.call('SET', KEYS[5], '1', 'PX', ARGV[2])
return 1`);

/** Ends a worker's lease, putting back what it still holds (KEYS: claimed, queue, jobs, workers, lease). */
const RELEASE = new RedisScript(`${RETURN_ALL}
returnAll(KEYS[1], KEYS[2], KEYS[3])
redis.call('SREM', KEYS[4], ARGV[1])
redis.call('DEL', KEYS[5])
return 1`);

/** Offers the run again at a time; it keeps its job, not the record it was queued with (KEYS: claimed, delayed, jobs). */
const DELAY = new RedisScript(`
redis.call('LREM', KEYS[1], 1, ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], '')
return 1`);

/** Puts a run this worker still holds at the front of the queue, not when a rescue already moved it (KEYS: claimed, queue, jobs). */
const HAND_BACK = new RedisScript(`
if redis.call('LREM', KEYS[1], 1, ARGV[1]) > 0 then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  redis.call('HSET', KEYS[3], ARGV[1], '')
  return 1
end
return 0`);

/**
 * Returns the claims of workers whose lease ran out to the queue, and queues
 * delayed runs that are due (KEYS: workers, delayed, queue, jobs; ARGV:
 * prefix, now). Any worker may run it: it is atomic, so claims go back once.
 */
const MAINTAIN = new RedisScript(`${RETURN_ALL}
local returned = {}
for _, workerId in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('EXISTS', ARGV[1] .. ':worker:' .. workerId) == 0 then
    for _, runId in ipairs(returnAll(ARGV[1] .. ':claimed:' .. workerId, KEYS[3], KEYS[4])) do returned[#returned + 1] = runId end
    redis.call('SREM', KEYS[1], workerId)
  end
end
for _, runId in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[2], 'LIMIT', 0, 100)) do
  redis.call('ZREM', KEYS[2], runId)
  redis.call('LPUSH', KEYS[3], runId)
end
return returned`);

/** A claimed run: its id, and its record when it was queued with one (a run just started). */
export interface Claim {
  runId: string;
  record?: GraphRunRecord | undefined;
}

/**
 * One worker's side of the run queue. A claim moves a run id from the queue
 * into the worker's own list in one command (BLMOVE), so a run is never in
 * neither; the worker's lease is one key it renews, whatever it runs. When a
 * worker dies its lease runs out and any worker's maintenance puts its claims
 * back, so another continues those runs from their persisted node results.
 */
export class RunClaims {
  private readonly names: ReturnType<typeof redisNames>;
  private readonly claimed: string;
  private readonly lease: string;

  constructor(
    private readonly redis: Redis,
    /** A connection of its own: a claim blocks it until a run is queued. */
    private readonly blocking: Redis,
    private readonly prefix: string,
    private readonly workerId: string,
    private readonly leaseMs: number,
  ) {
    this.names = redisNames(prefix);
    this.claimed = this.names.claimed(workerId);
    this.lease = this.names.worker(workerId);
  }

  /** Takes the lease; at start, an earlier life of this worker id's claims go back to the queue. */
  async register(at: 'start' | 'after a lost lease'): Promise<void> {
    const keys = [this.claimed, this.names.queue, this.names.jobs, this.names.workers, this.lease];
    await REGISTER.run(this.redis, keys, [this.workerId, this.leaseMs, at === 'start' ? 1 : 0]);
  }

  /** Waits for a queued run and takes it; undefined once claiming stopped. */
  async claim(): Promise<Claim | undefined> {
    let runId: string | null;
    try {
      runId = await this.blocking.blmove(this.names.queue, this.claimed, 'RIGHT', 'LEFT', 0);
    } catch (error) {
      if (this.blocking.status === 'end') return undefined;
      throw error;
    }
    if (runId === null) return undefined;
    // The run is this worker's now, whatever happens next: without its record (unreadable, or Redis failing), the worker reads it.
    const json = await this.redis.hget(this.names.jobs, runId).catch(() => null);
    return { runId, ...(json ? { record: recordOf(json) } : {}) };
  }

  /** Ends a waiting claim; a run it took on the way stays in this worker's list, and `release` puts it back. */
  stopClaiming(): void {
    this.blocking.disconnect();
  }

  /** Renews the lease; false when it had run out (this worker's claims may be another's by now). */
  async renew(): Promise<boolean> {
    return (await this.redis.set(this.lease, '1', 'PX', this.leaseMs, 'XX')) === 'OK';
  }

  /**
   * A run ended (or was found gone): its job is done. Two commands in one
   * trip, the job first: a worker dying between them leaves the run id in its
   * list, which goes back to the queue with its lease, and whoever claims it
   * finds it ended. The other order could leave a job that no list holds,
   * which would keep the run from ever being queued again.
   */
  async finish(runId: string): Promise<void> {
    const results = await this.redis.pipeline().hdel(this.names.jobs, runId).lrem(this.claimed, 1, runId).exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  async delay(runId: string, dueAt: number): Promise<void> {
    await DELAY.run(this.redis, [this.claimed, this.names.delayed, this.names.jobs], [runId, dueAt]);
  }

  async handBack(runId: string): Promise<void> {
    await HAND_BACK.run(this.redis, [this.claimed, this.names.queue, this.names.jobs], [runId]);
  }

  /** Puts dead workers' claims and due delayed runs in the queue; the run ids given back. */
  async maintain(now = Date.now()): Promise<string[]> {
    return (await MAINTAIN.run(this.redis, [this.names.workers, this.names.delayed, this.names.queue, this.names.jobs], [this.prefix, now])) as string[];
  }

  /** Gives up the lease and puts back whatever this worker still holds. */
  async release(): Promise<void> {
    await RELEASE.run(this.redis, [this.claimed, this.names.queue, this.names.jobs, this.names.workers, this.lease], [this.workerId]);
  }
}

function recordOf(json: string): GraphRunRecord | undefined {
  try {
    return JSON.parse(json) as GraphRunRecord;
  } catch {
    return undefined;
  }
}
