import type { Redis } from 'ioredis';
import type { MetricFamilies, Metrics } from '../platform/metrics.ts';
import { redisNames } from './redis.ts';

/** How often a worker shares its node-run figures; a worker gone for three times this is no longer counted. */
const SHARE_MS = 5_000;

const metricsKey = (prefix: string, workerId: string) => `${prefix}:metrics:${workerId}`;

/**
 * A worker's node-run metrics, shared through Redis every few seconds so that
 * any API server's `/metrics` reports the node runs of the whole deployment
 * (a worker serves no HTTP). Returns what shares them one last time and stops.
 */
export function shareWorkerMetrics(redis: Redis, prefix: string, workerId: string, metrics: Metrics, log: (message: string) => void): () => Promise<void> {
  const share = async () => {
    await redis.set(metricsKey(prefix, workerId), JSON.stringify(await metrics.nodeRunFamilies()), 'PX', 3 * SHARE_MS);
  };
  const timer = setInterval(() => void share().catch((error: unknown) => log(`could not share metrics: ${String(error)}`)), SHARE_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await share().catch(() => undefined);
  };
}

/** The node-run figures every live worker shared last, for an API server's `/metrics`. */
export function workersMetrics(redis: Redis, prefix: string): () => Promise<MetricFamilies[]> {
  return async () => {
    const workers = await redis.smembers(redisNames(prefix).workers);
    if (workers.length === 0) return [];
    const shared = await redis.mget(workers.map((workerId) => metricsKey(prefix, workerId)));
    return shared.filter((json): json is string => json !== null).map((json) => JSON.parse(json) as MetricFamilies);
  };
}
