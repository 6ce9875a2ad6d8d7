import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { redisNames } from './redis.ts';

/** The job that asks a worker to execute (or continue) a graph run. */
export interface RunJob {
  runId: string;
}

/**
 * The BullMQ queue of runs to execute. The job id is the run id, so adding a
 * run twice (the reconciler re-adding one whose job Redis lost) is harmless.
 */
export class RunQueue {
  readonly queue: Queue<RunJob>;

  constructor(connection: Redis, prefix: string) {
    this.queue = new Queue<RunJob>(redisNames(prefix).queue, {
      connection,
      prefix,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: 1000 },
    });
  }

  /** Queues the run; with `replace`, a finished job of the same id (which would block the add) is removed first. */
  async enqueue(runId: string, options: { replace?: boolean } = {}): Promise<void> {
    if (options.replace) {
      const job = await this.queue.getJob(runId);
      if (job && ['completed', 'failed'].includes(await job.getState())) await job.remove();
    }
    await this.queue.add('run', { runId }, { jobId: runId });
  }

  /** Whether Redis still holds a live (waiting, delayed or active) job for the run. */
  async hasJob(runId: string): Promise<boolean> {
    const job = await this.queue.getJob(runId);
    if (!job) return false;
    const state = await job.getState();
    return state !== 'completed' && state !== 'failed' && state !== 'unknown';
  }

  /** Drops a run's job that no worker has taken yet; an active one is stopped through the control channel instead. */
  async removeWaiting(runId: string): Promise<void> {
    const job = await this.queue.getJob(runId);
    if (job && ['waiting', 'delayed', 'prioritized'].includes(await job.getState())) await job.remove().catch(() => undefined);
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
