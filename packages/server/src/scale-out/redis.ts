import { Redis } from 'ioredis';

/**
 * A Redis connection that rides out restarts: commands wait while it
 * reconnects (`maxRetriesPerRequest: null`; a worker's claim and lease must
 * not fail for a blip), with backoff capped at two seconds.
 */
export function connectRedis(url: string, name: string): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  });
  let lastReported = 0;
  redis.on('error', (error: Error) => {
    // It retries on its own; say so once in a while, not on every attempt.
    if (Date.now() - lastReported < ERROR_REPORT_MS) return;
    lastReported = Date.now();
    process.stderr.write(`Redis (${name}): ${error.message}; reconnecting.\n`);
  });
  return redis;
}

const ERROR_REPORT_MS = 10_000;

/** Every key and channel of one deployment, under its prefix. */
export function redisNames(prefix: string) {
  return {
    /** Run ids waiting for a worker; workers take from the right, new runs go in on the left. */
    queue: `${prefix}:queue`,
    /** Every run id that has a job (waiting, delayed or claimed), so queueing a run twice is harmless; the value is the record of a run just started, or empty. */
    jobs: `${prefix}:jobs`,
    /** Run ids to queue again at a time (score): a user at the cap. */
    delayed: `${prefix}:delayed`,
    /** Worker ids that have claimed runs; each one's lease is `worker(id)`. */
    workers: `${prefix}:workers`,
    /** Exists while the worker is alive (it renews the expiry); once gone, its claims go back to the queue. */
    worker: (workerId: string) => `${prefix}:worker:${workerId}`,
    /** The run ids a worker holds. */
    claimed: (workerId: string) => `${prefix}:claimed:${workerId}`,
    /** Run events, and the ends of runs once their final records are committed (event-relay.ts). */
    events: `${prefix}:events`,
    control: `${prefix}:control`,
    access: `${prefix}:access`,
    userSlots: (userId: string) => `${prefix}:user-runs:${userId}`,
  };
}
