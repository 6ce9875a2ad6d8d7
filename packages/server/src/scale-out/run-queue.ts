import type { GraphRunRecord } from '@blocksmith/engine';
import type { Redis } from 'ioredis';
import { redisNames } from './redis.ts';
import { RedisScript } from './redis-script.ts';

/** Queues the run unless it already has a job (waiting, delayed or claimed); the job keeps the run's record when one is given. */
const ENQUEUE = new RedisScript(`
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('LPUSH', KEYS[2], ARGV[1])
  return 1
end
return 0`);

/** Drops a job no worker holds: waiting or delayed. */
const REMOVE_WAITING = new RedisScript(`
if redis.call('LREM', KEYS[2], 0, ARGV[1]) + redis.call('ZREM', KEYS[3], ARGV[1]) > 0 then
  redis.call('HDEL', KEYS[1], ARGV[1])
  return 1
end
return 0`);

/** A queued run's record travels with its job up to this size (as JSON); a larger one is read by the worker. */
const RECORD_IN_JOB_MAX = 64 * 1024;

/**
 * The queue of runs to execute, in Redis: a list of run ids that workers move
 * into lists of their own (run-claims.ts), and a hash of the run ids that
 * have a job, so queueing a run twice (the reconciler re-queueing one whose
 * job Redis lost) is harmless. A run just started carries its record in its
 * job, so the worker that claims it need not read it; whatever puts a run
 * back in the queue forgets the record (the run may have moved on). A run
 * costs three commands to queue.
 */
export class RunQueue {
  private readonly names: ReturnType<typeof redisNames>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.names = redisNames(prefix);
  }

  /** Queues the run (with its record as it is now, `QUEUED`, when given); nothing happens when it has a job already. */
  async enqueue(runId: string, record?: GraphRunRecord): Promise<void> {
    const json = record ? JSON.stringify(record) : '';
    await ENQUEUE.run(this.redis, [this.names.jobs, this.names.queue], [runId, json.length <= RECORD_IN_JOB_MAX ? json : '']);
  }

  /** Whether the run has a job: waiting, delayed or held by a worker. */
  async hasJob(runId: string): Promise<boolean> {
    return (await this.redis.hexists(this.names.jobs, runId)) === 1;
  }

  /** Drops a run's job that no worker has taken yet; a claimed one is stopped through the control channel instead. */
  async removeWaiting(runId: string): Promise<void> {
    await REMOVE_WAITING.run(this.redis, [this.names.jobs, this.names.queue, this.names.delayed], [runId]);
  }
}
