import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { redisCredential, withRedis } from '../redis/with-redis.ts';
import { messageBytes } from './message-body.ts';

export const redisStreamAdd = defineBlock({
  id: 'redis.stream_add',
  name: 'Redis: Add to Stream',
  description:
    'Appends an entry to a Redis stream (XADD): the message in the field "message" (text as it is, anything else as JSON), or the fields given. Puts out the entry id.',
  categories: ['messaging', 'queue', 'data'],
  credentials: [redisCredential],
  input: z.object({
    stream: z.string().min(1).max(1024).describe('The stream key, e.g. orders.'),
    message: z.unknown().optional().describe('Goes in the field "message".'),
    fields: z.record(z.string(), z.string()).default({}).describe('Fields of the entry besides the message (or instead of it).'),
    max_length: z.number().int().min(1).optional().describe('Trim the stream to about this many entries (MAXLEN ~).'),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string() }),
  retry: { attempts: 2 },
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { stream: 'orders', message: { id: 7 } }, error: 'needs a credential of kind redis' }],
  async *run({ stream, message, fields, max_length }, ctx) {
    const entry = { ...fields, ...(message !== undefined ? { message: messageBytes(message).toString('utf8') } : {}) };
    if (Object.keys(entry).length === 0)
      throw new BlockError('input', 'Give a message or at least one field: a stream entry cannot be empty.', { retriable: false });
    const trim = max_length === undefined ? [] : ['MAXLEN', '~', String(max_length)];
    const id = await withRedis(ctx, (redis) => redis.xadd(stream, ...(trim as []), '*', ...Object.entries(entry).flat()));
    yield ['id', id!];
  },
});
