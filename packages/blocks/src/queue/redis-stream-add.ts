import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { redisConnection } from '../outbound/redis-connection.ts';
import { refusalIn } from '../outbound/outbound-policy.ts';
import { messageBytes } from './message-body.ts';

export const redisStreamAdd = defineBlock({
  id: 'redis.stream_add',
  name: 'Redis: Add to Stream',
  description:
    'Appends an entry to a Redis stream (XADD): the message in the field "message" (text as it is, anything else as JSON), or the fields given. Puts out the entry id.',
  categories: ['messaging', 'queue', 'data'],
  credentials: [{ input: 'credential', kind: 'redis', description: 'The server: a redis:// or rediss:// URL, with user, password and database number.' }],
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
    const { fields: secret } = await ctx.credential('credential');
    const redis = redisConnection(secret.url ?? '', ctx.settings);
    // ioredis rejects the connect with "Connection is closed"; what closed it comes as an error event first.
    let cause: Error | undefined;
    redis.on('error', (error: Error) => (cause ??= error));
    try {
      await redis.connect().catch((error: Error) => {
        const why = cause ?? error;
        throw refusalIn(why) ?? new BlockError('connection', `Could not reach Redis: ${why.message.replace(/\.$/, '')}.`);
      });
      const trim = max_length === undefined ? [] : ['MAXLEN', '~', String(max_length)];
      const id = await redis.xadd(stream, ...(trim as []), '*', ...Object.entries(entry).flat()).catch((error: Error) => {
        throw new BlockError('rejected', `Redis refused the entry: ${error.message}.`, { retriable: false });
      });
      yield ['id', id!];
    } finally {
      redis.disconnect();
    }
  },
});
