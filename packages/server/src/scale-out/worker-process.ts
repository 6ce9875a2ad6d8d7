import type { EventSink } from '@blocksmith/engine';
import { Metrics } from '../platform/metrics.ts';
import { requireScaleOut, type ServerConfig } from '../platform/config.ts';
import { openFoundation } from '../platform/platform.ts';
import { onControl } from './control-channel.ts';
import { RedisEventPublisher } from './event-relay.ts';
import { InterestMirror } from './interest.ts';
import { shareLookups } from './shared-lookups.ts';
import { Reconciler } from './reconciler.ts';
import { connectRedis, redisNames } from './redis.ts';
import { RunClaims } from './run-claims.ts';
import { endedNotice } from './run-completions.ts';
import { RunQueue } from './run-queue.ts';
import { RunWorker } from './run-worker.ts';
import { UserSlots } from './user-slots.ts';
import { serveWorkerHealth } from './worker-health.ts';
import { shareWorkerMetrics } from './worker-metrics.ts';

export interface RunningWorker {
  worker: RunWorker;
  /** Drains (running runs get `graceMs` to finish, then are handed back) and disconnects. */
  close(graceMs?: number): Promise<void>;
}

/** A worker of a scale-out deployment: executes queued runs, publishes their events, answers stop requests. */
export async function startWorker(config: ServerConfig, log: (message: string) => void): Promise<RunningWorker> {
  requireScaleOut(config, 'worker');
  const { store, engineFor, reviews } = await openFoundation(config);
  const names = redisNames(config.redisPrefix);
  const redis = connectRedis(config.redisUrl, `${config.workerId}:worker`);
  const subscriber = connectRedis(config.redisUrl, `${config.workerId}:control`);
  const claiming = connectRedis(config.redisUrl, `${config.workerId}:claim`);
  await shareLookups(store, redis, subscriber, config.redisPrefix);
  const mirror = await InterestMirror.open(redis, subscriber, config.redisPrefix, log);
  const relay = new RedisEventPublisher(redis, names.events, mirror);
  // This worker counts its own node runs (no server sees them all); the relay sends on what servers follow.
  const metrics = new Metrics();
  const events: EventSink = {
    publish: (event) => {
      metrics.observe(event);
      relay.publish(event);
    },
    wantsOutputs: (runId, graphId) => relay.wantsOutputs(runId, graphId),
  };
  const stopSharing = shareWorkerMetrics(redis, config.redisPrefix, config.workerId, metrics, log);
  const worker = new RunWorker({
    workerId: config.workerId,
    concurrency: config.workerConcurrency,
    leaseMs: config.leaseMs,
    store,
    engine: engineFor(events),
    events,
    userMonthlyBudget: config.userMonthlyBudget,
    slots: new UserSlots(redis, config.redisPrefix, config.userMaxRuns, config.leaseMs),
    claims: new RunClaims(redis, claiming, config.redisPrefix, config.workerId, config.leaseMs),
    onEnded: (record) => relay.publishEnded(endedNotice(record, config.inlineOutputBytes)),
    log,
  });
  await onControl(subscriber, names.control, (message) =>
    message.type === 'stop' ? worker.stop(message.runId, message.reason) : reviews.wake(message.reviewId),
  );
  await worker.start();
  const reconciler = new Reconciler(store, new RunQueue(redis, config.redisPrefix), config.leaseMs, log);
  reconciler.start(Math.max(1000, Math.floor(config.leaseMs / 2)));
  const health =
    config.workerHealthPort === undefined
      ? undefined
      : await serveWorkerHealth(config.host, config.workerHealthPort, { database: () => store.ping(), redis: () => redis.ping() });
  log(`worker ${config.workerId} ready: up to ${config.workerConcurrency} runs at once, ${config.userMaxRuns} per user, lease ${config.leaseMs} ms`);
  let closing: Promise<void> | undefined;
  return {
    worker,
    close: (graceMs = config.drainMs) =>
      (closing ??= (async () => {
        health?.close();
        await reconciler.stop();
        await worker.drain(graceMs);
        await relay.flush();
        mirror.close();
        await stopSharing();
        await store.close();
        subscriber.disconnect();
        await redis.quit().catch(() => redis.disconnect());
      })()),
  };
}
