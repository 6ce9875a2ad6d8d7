import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { redisCredential, redisKey, redisText, withRedis } from './with-redis.ts';

export const redisSet = defineBlock({
  id: 'redis.set',
  name: 'Redis: Set',
  description: 'Sets a key to a value (text as it is, anything else as JSON), for a time if given; only if absent when asked (a lock, a first-come flag).',
  categories: ['redis', 'data'],
  credentials: [redisCredential],
  input: z.object({
    key: redisKey,
    value: z.unknown(),
    ttl_s: z.number().int().min(1).optional().describe('Expire after this many seconds.'),
    only_if_absent: z.boolean().default(false),
    credential: z.string().optional(),
  }),
  output: z.object({ written: z.boolean().describe('False when only_if_absent and the key existed.') }),
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { key: 'k', value: 1 }, error: 'needs a credential of kind redis' }],
  async *run({ key, value, ttl_s, only_if_absent }, ctx) {
    const text = redisText(value ?? null);
    const answer = await withRedis(ctx, (redis) => {
      const args: (string | number)[] = [key, text, ...(ttl_s !== undefined ? ['EX', ttl_s] : []), ...(only_if_absent ? ['NX'] : [])];
      return redis.call('SET', ...args);
    });
    yield ['written', answer === 'OK'];
  },
});
