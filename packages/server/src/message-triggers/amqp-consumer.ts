import { amqpConnection } from '@blocksmith/blocks';
import { Deliveries, type ConsumerSetup, type Deliver, type MessageConsumer } from './message-consumer.ts';

/** Messages taken at once and not yet acknowledged: each starts its run while the next arrive. */
const PREFETCH = 16;

/**
 * Consumes a RabbitMQ queue, acknowledging each message once its run is recorded. The queue is created
 * (durable) when it does not exist yet, so messages sent while the platform is down wait in it; an
 * existing queue is used as it is. Unacknowledged messages go back to the queue when the connection ends.
 */
export async function startAmqpConsumer({ url, source, policy }: ConsumerSetup, deliver: Deliver): Promise<MessageConsumer> {
  const connection = await amqpConnection(url, policy);
  connection.on('error', () => undefined);
  let stopping = false;
  const lost = new Promise<Error>((resolve) =>
    connection.once('close', (error?: Error) => !stopping && resolve(error ?? new Error('the broker closed the connection'))),
  );
  try {
    let channel = await connection.createChannel();
    channel.on('error', () => undefined);
    // A passive check first: an existing queue keeps its own settings (asserting other ones would be refused).
    const exists = await channel.checkQueue(source).then(
      () => true,
      () => false,
    );
    if (!exists) {
      channel = await connection.createChannel();
      channel.on('error', () => undefined);
      await channel.assertQueue(source, { durable: true });
    }
    await channel.prefetch(PREFETCH);
    const deliveries = new Deliveries();
    const { consumerTag } = await channel.consume(source, (message) => {
      if (!message) return void connection.close().catch(() => undefined);
      // Arrived while stopping: left unacknowledged, it goes back to the queue when the connection closes.
      if (stopping) return;
      void deliveries.track(deliver({ body: message.content, source }).then(() => channel.ack(message))).catch(() => undefined);
    });
    return {
      lost,
      stop: async () => {
        stopping = true;
        await channel.cancel(consumerTag).catch(() => undefined);
        await deliveries.settled();
        // The channel first: amqplib writes each channel's frames through a buffer of its own, so closing the
        // connection at once could reach the broker before the last acknowledgements, which would give those
        // messages again; the channel's close follows its acknowledgements, and its reply means they arrived.
        await channel.close().catch(() => undefined);
        await connection.close().catch(() => undefined);
      },
    };
  } catch (error) {
    stopping = true;
    await connection.close().catch(() => undefined);
    throw error;
  }
}
