import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { readBack, redisCredential, redisKey, withRedis } from './with-redis.ts';

export const redisListRange = defineBlock({
  id: 'redis.list_range',
  name: 'Redis: Read List',
  description: 'Reads items of a list, from `start` to `stop` (negative counts from the end: 0 and -1 are the whole list), JSON as values unless turned off.',
  categories: ['redis', 'data'],
  credentials: [redisCredential],
  input: z.object({
    key: redisKey,
    start: z.number().int().default(0),
    stop: z.number().int().default(-1),
    json: z.boolean().default(true),
    max_items: z.number().int().min(1).max(10_000).default(1000).describe('At most this many items are read; `length` says how many the list has.'),
    credential: z.string().optional(),
  }),
  output: z.object({ items: z.array(z.unknown()), length: z.number().int().describe('How many items the list has in all.') }),
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { key: 'events' }, error: 'needs a credential of kind redis' }],
  async *run({ key, start, stop, json, max_items }, ctx) {
    const { texts, length } = await withRedis(ctx, async (redis) => {
      const length = await redis.llen(key);
      // Redis's own reading of the indices (negative from the end, clipped to the list), then at most max_items.
      const first = Math.max(start < 0 ? length + start : start, 0);
      const last = Math.min(stop < 0 ? length + stop : stop, length - 1, first + max_items - 1);
      return { texts: last < first ? [] : await redis.lrange(key, first, last), length };
    });
    yield ['items', texts.map((text) => readBack(text, json))];
    yield ['length', length];
  },
});
