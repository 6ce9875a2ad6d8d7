import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { readBack, readString, redisCredential, redisKey, withRedis } from './with-redis.ts';

export const redisGet = defineBlock({
  id: 'redis.get',
  name: 'Redis: Get',
  description: 'Reads a key’s value (JSON as its value unless turned off); `found` says whether the key exists.',
  categories: ['redis', 'data'],
  credentials: [redisCredential],
  input: z.object({ key: redisKey, json: z.boolean().default(true), credential: z.string().optional() }),
  output: z.object({ value: z.unknown(), found: z.boolean() }),
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { key: 'k' }, error: 'needs a credential of kind redis' }],
  async *run({ key, json }, ctx) {
    const text = await withRedis(ctx, (redis) => readString(redis, key));
    yield ['found', text !== null];
    yield ['value', text === null ? null : readBack(text, json)];
  },
});
