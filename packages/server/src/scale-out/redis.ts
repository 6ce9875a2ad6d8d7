import { Redis } from 'ioredis';

/**
 * A Redis connection that rides out restarts: commands wait while it
 * reconnects (BullMQ requires `maxRetriesPerRequest: null`), with backoff
 * capped at two seconds.
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
    queue: 'runs',
    events: `${prefix}:events`,
    control: `${prefix}:control`,
    access: `${prefix}:access`,
    /** A run's id, published once its final records are committed. */
    ended: `${prefix}:ended`,
    userSlots: (userId: string) => `${prefix}:user-runs:${userId}`,
  };
}
