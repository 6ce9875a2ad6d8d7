import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { redisCredential, redisKey, withRedis } from './with-redis.ts';

export const redisIncrement = defineBlock({
  id: 'redis.increment',
  name: 'Redis: Increment',
  description:
    'Adds to a counter atomically (a missing key counts from 0) and puts out the new value; with a window, the counter expires that long after its first increment (a rate limit).',
  categories: ['redis', 'data'],
  credentials: [redisCredential],
  input: z.object({
    key: redisKey,
    by: z.number().int().default(1),
    window_s: z.number().int().min(1).optional().describe('Expire the counter this many seconds after it was made (Redis 7 or later).'),
    credential: z.string().optional(),
  }),
  output: z.object({ value: z.number() }),
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { key: 'hits' }, error: 'needs a credential of kind redis' }],
  async *run({ key, by, window_s }, ctx) {
    const value = await withRedis(ctx, async (redis) => {
      if (window_s === undefined) return redis.incrby(key, by);
      // One transaction: the expiry is set only where none is (the counter's first increment), so the window does not slide.
      const [[, counted]] = (await redis.multi().incrby(key, by).call('EXPIRE', key, window_s, 'NX').exec()) as [[null, number], unknown];
      return counted;
    });
    yield ['value', value];
  },
});
