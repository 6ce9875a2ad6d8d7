import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { redisCredential, redisKey, withRedis } from './with-redis.ts';

export const redisDelete = defineBlock({
  id: 'redis.delete',
  name: 'Redis: Delete',
  description: 'Deletes keys; puts out how many existed.',
  categories: ['redis', 'data'],
  credentials: [redisCredential],
  input: z.object({ keys: z.array(redisKey).min(1).max(1000), credential: z.string().optional() }),
  output: z.object({ deleted: z.number() }),
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { keys: ['k'] }, error: 'needs a credential of kind redis' }],
  async *run({ keys }, ctx) {
    yield ['deleted', await withRedis(ctx, (redis) => redis.del(...keys))];
  },
});
