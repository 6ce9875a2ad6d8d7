import type { Redis } from 'ioredis';
import { redisNames } from './redis.ts';
import { RedisScript } from './redis-script.ts';

/** Queues the run unless it already has a job (waiting, delayed or claimed). */
const ENQUEUE = new RedisScript(`
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('LPUSH', KEYS[2], ARGV[1])
  return 1
end
return 0`);

/** Drops a job no worker holds: waiting or delayed. */
const REMOVE_WAITING = new RedisScript(`
if redis.call('LREM', KEYS[2], 0, ARGV[1]) + redis.call('ZREM', KEYS[3], ARGV[1]) > 0 then
  redis.call('SREM', KEYS[1], ARGV[1])
  return 1
end
return 0`);

/**
 * The queue of runs to execute, in Redis: a list of run ids that workers move
 * into lists of their own (run-claims.ts), and a set of the run ids that have
 * a job, so queueing a run twice (the reconciler re-queueing one whose job
 * Redis lost) is harmless. A run costs three commands to queue.
 */
export class RunQueue {
  private readonly names: ReturnType<typeof redisNames>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.names = redisNames(prefix);
  }

  /** Queues the run; nothing happens when it has a job already. */
  async enqueue(runId: string): Promise<void> {
    await ENQUEUE.run(this.redis, [this.names.jobs, this.names.queue], [runId]);
  }

  /** Whether the run has a job: waiting, delayed or held by a worker. */
  async hasJob(runId: string): Promise<boolean> {
    return (await this.redis.sismember(this.names.jobs, runId)) === 1;
  }

  /** Drops a run's job that no worker has taken yet; a claimed one is stopped through the control channel instead. */
  async removeWaiting(runId: string): Promise<void> {
    await REMOVE_WAITING.run(this.redis, [this.names.jobs, this.names.queue, this.names.delayed], [runId]);
  }
}
