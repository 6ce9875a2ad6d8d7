import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { redisCredential, redisKey, redisText, withRedis } from './with-redis.ts';

export const redisListPush = defineBlock({
  id: 'redis.list_push',
  name: 'Redis: Push to List',
  description: 'Appends values to a list (or puts them first), text as it is and anything else as JSON, keeping at most the newest `max_length` if given.',
  categories: ['redis', 'data'],
  credentials: [redisCredential],
  input: z.object({
    key: redisKey,
    values: z.array(z.unknown()).min(1).max(10_000),
    end: z.enum(['tail', 'head']).default('tail'),
    max_length: z.number().int().min(1).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ length: z.number() }),
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { key: 'events', values: ['a'] }, error: 'needs a credential of kind redis' }],
  async *run({ key, values, end, max_length }, ctx) {
    const texts = values.map((value) => redisText(value ?? null));
    const length = await withRedis(ctx, async (redis) => {
      const pushed = end === 'tail' ? await redis.rpush(key, ...texts) : await redis.lpush(key, ...texts);
      if (max_length === undefined || pushed <= max_length) return pushed;
      // The newest are the ones just pushed: at the tail for rpush, at the head for lpush.
      await (end === 'tail' ? redis.ltrim(key, -max_length, -1) : redis.ltrim(key, 0, max_length - 1));
      return max_length;
    });
    yield ['length', length];
  },
});
