import { BlockError, type BlockContext, type CredentialRequirement } from '@blocksmith/sdk';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { refusalIn } from '../outbound/outbound-policy.ts';
import { redisConnection } from '../outbound/redis-connection.ts';

export const redisCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'redis',
  description: 'The server: a redis:// or rediss:// URL, with user, password and database number.',
};

/**
 * Runs `use` on a connection to the node's Redis, opened under the outbound policy and closed afterwards;
 * a refused or unreachable server and a command Redis refuses become errors that say which.
 */
export async function withRedis<T>(ctx: BlockContext, use: (redis: Redis) => Promise<T>): Promise<T> {
  const { fields } = await ctx.credential('credential');
  const redis = redisConnection(fields.url ?? '', ctx.settings);
  // ioredis rejects the connect with "Connection is closed"; what closed it comes as an error event first.
  let cause: Error | undefined;
  redis.on('error', (error: Error) => (cause ??= error));
  try {
    await redis.connect().catch((error: Error) => {
      const why = cause ?? error;
      throw refusalIn(why) ?? new BlockError('connection', `Could not reach Redis: ${why.message.replace(/\.$/, '')}.`);
    });
    return await use(redis).catch((error: Error) => {
      if (error instanceof BlockError) throw error;
      throw new BlockError('rejected', `Redis refused the command: ${error.message}.`, { retriable: false });
    });
  } finally {
    redis.disconnect();
  }
}

/** A value as Redis keeps it: text as it is, anything else as JSON. */
export const redisText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Text read back: its JSON value when `json` is asked and it parses, else the text. */
export function readBack(text: string, json: boolean): unknown {
  if (!json) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The most a block reads from Redis at once: as much as a provider's answer (`shared/provider-api.ts`). */
export const MAX_READ_BYTES = 10_000_000;

/** A string value, or null when the key is absent; a value over MAX_READ_BYTES is refused by its size before it is read. */
export async function readString(redis: Redis, key: string): Promise<string | null> {
  const size = await redis.strlen(key);
  if (size > MAX_READ_BYTES) {
    throw new BlockError('too_large', `${key} holds ${size} bytes, over the ${MAX_READ_BYTES} a block reads from Redis at once.`, { retriable: false });
  }
  return redis.get(key);
}

export const redisKey = z.string().min(1).max(1024).describe('The key, e.g. session:42.');
