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
    credential: z.string().optional(),
  }),
  output: z.object({ items: z.array(z.unknown()) }),
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { key: 'events' }, error: 'needs a credential of kind redis' }],
  async *run({ key, start, stop, json }, ctx) {
    const texts = await withRedis(ctx, (redis) => redis.lrange(key, start, stop));
    yield ['items', texts.map((text) => readBack(text, json))];
  },
});
