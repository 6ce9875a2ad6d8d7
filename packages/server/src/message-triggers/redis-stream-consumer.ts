import { redisConnection } from '@blocksmith/blocks';
import { Deliveries, type ConsumerSetup, type Deliver, type MessageConsumer } from './message-consumer.ts';

/** Entries read at once. */
const BATCH = 16;
/** How long one read waits for new entries before it asks again. */
const BLOCK_MS = 5_000;
/** The one consumer of the trigger's group: one process consumes a trigger at a time, and the next one finds its pending entries. */
const CONSUMER = 'blocksmith';

type Entry = [id: string, fields: string[]];

/** An entry as a message: the field "message" alone is the message; other entries are their fields as a JSON object. */
function entryBody(fields: string[]): Buffer {
  const entry: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) entry[fields[i]!] = fields[i + 1]!;
  const names = Object.keys(entry);
  return Buffer.from(names.length === 1 && names[0] === 'message' ? entry.message! : JSON.stringify(entry));
}

/**
 * Consumes a Redis stream through a consumer group of the trigger's own (`blocksmith-<trigger id>`, made at
 * its first start, with the entries from then on; the stream is made too when it does not exist). Entries
 * are acknowledged (XACK) once their runs are recorded; at a start, the entries given before but never
 * acknowledged are given again first.
 */
export async function startRedisStreamConsumer({ id, url, source, policy }: ConsumerSetup, deliver: Deliver): Promise<MessageConsumer> {
  const redis = redisConnection(url, policy);
  let cause: Error | undefined;
  redis.on('error', (error: Error) => (cause ??= error));
  let stopping = false;
  let resolveLost: (error: Error) => void = () => undefined;
  const lost = new Promise<Error>((resolve) => (resolveLost = resolve));
  redis.once('end', () => !stopping && resolveLost(cause ?? new Error('the server closed the connection')));
  const group = `blocksmith-${id}`;
  try {
    await redis.connect().catch((error: Error) => Promise.reject(cause ?? error));
    await redis.xgroup('CREATE', source, group, '$', 'MKSTREAM').catch((error: Error) => {
      if (!/BUSYGROUP/.test(error.message)) throw error;
    });
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  const deliveries = new Deliveries();
  /** Runs the entries and acknowledges each whose run was recorded. */
  const handle = async (entries: Entry[]) => {
    await Promise.all(
      entries.map(([entryId, fields]) =>
        deliveries.track(deliver({ body: entryBody(fields), source }).then(async () => void (await redis.xack(source, group, entryId)))).catch(() => undefined),
      ),
    );
  };
  let handling: Promise<void> = Promise.resolve();
  void (async () => {
    // "0": this consumer's entries given before and never acknowledged; then ">": new ones.
    let from = '0';
    while (!stopping) {
      const read = (await redis.xreadgroup('GROUP', group, CONSUMER, 'COUNT', BATCH, 'BLOCK', BLOCK_MS, 'STREAMS', source, from)) as [string, Entry[]][] | null;
      const entries = read?.[0]?.[1] ?? [];
      if (from === '0' && entries.length === 0) from = '>';
      if (stopping) break;
      handling = handle(entries);
      await handling;
    }
  })().catch((error: Error) => {
    if (!stopping) resolveLost(error);
    redis.disconnect();
  });
  return {
    lost,
    stop: async () => {
      stopping = true;
      await handling;
      await deliveries.settled();
      redis.disconnect();
    },
  };
}
