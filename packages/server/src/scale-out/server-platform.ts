import { requireScaleOut, type ServerConfig } from '../platform/config.ts';
import { assemblePlatform, openFoundation, type Platform } from '../platform/platform.ts';
import { reviewDecided } from '../reviews/review-service.ts';
import { sendControl } from './control-channel.ts';
import { RedisEventPublisher, subscribeEvents } from './event-relay.ts';
import { RedisAccessSignal } from '../events/access-signal.ts';
import { QueuedRuns } from './queued-runs.ts';
import { connectRedis, redisNames } from './redis.ts';
import { RunCompletions } from './run-completions.ts';
import { RunQueue } from './run-queue.ts';
import { InterestAnnouncer } from './interest.ts';
import { shareLookups } from './shared-lookups.ts';
import { workersMetrics } from './worker-metrics.ts';

/**
 * An API server of a scale-out deployment: it executes nothing. Runs go to
 * the queue; events from every worker (and server) arrive over Redis and go
 * to this server's WebSocket clients.
 */
export async function createServerPlatform(config: ServerConfig, log: (message: string) => void): Promise<Platform> {
  requireScaleOut(config, 'server');
  const foundation = await openFoundation(config);
  const names = redisNames(config.redisPrefix);
  const redis = connectRedis(config.redisUrl, `${config.workerId}:api`);
  const subscriber = connectRedis(config.redisUrl, `${config.workerId}:api-events`);
  await shareLookups(foundation.store, redis, subscriber, config.redisPrefix);
  const interest = new InterestAnnouncer(redis, config.redisPrefix, config.workerId, log);
  await interest.beat();
  return assemblePlatform(config, foundation, async (hub, metrics) => {
    // Workers send the node events of the runs and graphs this server's clients follow, and count node runs themselves.
    hub.announceTo(interest);
    metrics.countNodeRunsElsewhere(workersMetrics(redis, config.redisPrefix));
    const completions = new RunCompletions(foundation.store);
    hub.listen(completions.observe);
    await subscribeEvents(subscriber, names.events, hub, (notice) => completions.committed(notice));
    // Back after a lost connection: ends announced meanwhile reached no one.
    subscriber.on('ready', () => void completions.recheck().catch((error: unknown) => log(`could not re-read awaited runs: ${String(error)}`)));
    const events = new RedisEventPublisher(redis, names.events);
    const engine = foundation.engineFor(events);
    const access = await RedisAccessSignal.open(redis, subscriber, names.access);
    const queue = new RunQueue(redis, config.redisPrefix);
    const runs = new QueuedRuns(engine, foundation.store, queue, redis, config.redisPrefix, completions, log, config.userMonthlyBudget);
    return {
      engine,
      runs,
      access,
      notifyReview: async (review, workspaceId) => {
        // A worker waiting on the review hears it; a run parked on it has no job, and gets one.
        await sendControl(redis, names.control, { type: 'review', reviewId: review.id });
        await queue.enqueue(review.runId);
        events.publish(reviewDecided(review, workspaceId));
      },
      checks: {
        redis: async () => {
          await redis.ping();
        },
      },
      close: async () => {
        await interest.close().catch(() => undefined);
        subscriber.disconnect();
        await redis.quit().catch(() => redis.disconnect());
      },
    };
  });
}
