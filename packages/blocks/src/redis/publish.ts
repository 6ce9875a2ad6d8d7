import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { redisCredential, redisText, withRedis } from './with-redis.ts';

export const redisPublish = defineBlock({
  id: 'redis.publish',
  name: 'Redis: Publish',
  description: 'Publishes a message on a Redis Pub/Sub channel (text as it is, anything else as JSON); puts out how many subscribers got it.',
  categories: ['redis', 'messaging'],
  credentials: [redisCredential],
  input: z.object({ channel: z.string().min(1).max(1024), message: z.unknown(), credential: z.string().optional() }),
  output: z.object({ receivers: z.number() }),
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { channel: 'alerts', message: 'hi' }, error: 'needs a credential of kind redis' }],
  async *run({ channel, message }, ctx) {
    yield ['receivers', await withRedis(ctx, (redis) => redis.publish(channel, redisText(message ?? null)))];
  },
});
