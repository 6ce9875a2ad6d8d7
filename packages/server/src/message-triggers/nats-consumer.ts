import { jetStream, natsConnection } from '@blocksmith/blocks';
import { createHash } from 'node:crypto';
import { Deliveries, type ConsumerSetup, type Deliver, type MessageConsumer } from './message-consumer.ts';

/** Messages handed out at once and not yet acknowledged. */
const MAX_PENDING = 16;
/** How long JetStream waits for an acknowledgement before it gives a message again; a delivery still trying says "working" well within it. */
const ACK_WAIT_MS = 30_000;

/** The trigger's durable consumer: the subject filter is part of its name, so a trigger moved to another subject gets a new one. */
export function natsDurableName(triggerId: string, source: string): string {
  return `blocksmith-${triggerId}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}`;
}

/**
 * Consumes a subject (wildcards allowed) of NATS JetStream through a durable consumer of the trigger's own
 * on the stream that captures it, created at the trigger's first start with messages from then on; it
 * keeps its place while the platform is down. Each message is acknowledged once its run is recorded.
 */
export async function startNatsConsumer({ id, url, source, policy }: ConsumerSetup, deliver: Deliver): Promise<MessageConsumer> {
  const connection = await natsConnection(url, policy, `blocksmith trigger ${id}`);
  let stopping = false;
  try {
    const { client, manager } = jetStream(connection);
    const jsm = await manager();
    const stream = await jsm.streams.find(source).catch(() => {
      throw new Error(`no JetStream stream captures the subject ${source}; add a stream whose subjects include it (e.g. nats stream add)`);
    });
    const durable = natsDurableName(id, source);
    if (!(await jsm.consumers.info(stream, durable).catch(() => undefined))) {
      await jsm.consumers.add(stream, {
        durable_name: durable,
        filter_subject: source,
        ack_policy: 'explicit' as never,
        deliver_policy: 'new' as never,
        ack_wait: ACK_WAIT_MS * 1_000_000,
        max_ack_pending: MAX_PENDING,
      });
    }
    const messages = await (await client.consumers.get(stream, durable)).consume({ max_messages: MAX_PENDING });
    const deliveries = new Deliveries();
    void (async () => {
      for await (const message of messages) {
        if (stopping) break;
        const working = setInterval(() => message.working(), ACK_WAIT_MS / 3);
        void deliveries
          .track(deliver({ body: Buffer.from(message.data), source: message.subject }).then(() => message.ack()))
          .catch(() => undefined)
          .finally(() => clearInterval(working));
      }
    })();
    return {
      lost: connection
        .closed()
        .then((error: void | Error) => (stopping ? new Promise<Error>(() => undefined) : (error ?? new Error('the server closed the connection')))),
      stop: async () => {
        stopping = true;
        await messages.close().catch(() => undefined);
        await deliveries.settled();
        // Acknowledgements are published without a reply: a flush's round trip means the server has them.
        await connection.flush().catch(() => undefined);
        await connection.close().catch(() => undefined);
      },
    };
  } catch (error) {
    stopping = true;
    await connection.close().catch(() => undefined);
    throw error;
  }
}
