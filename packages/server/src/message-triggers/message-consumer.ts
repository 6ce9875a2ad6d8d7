import type { OutboundPolicy } from '@blocksmith/blocks';
import type { MessageBroker } from '@blocksmith/store';
import { startAmqpConsumer } from './amqp-consumer.ts';
import { startMqttConsumer } from './mqtt-consumer.ts';
import { startNatsConsumer } from './nats-consumer.ts';
import { startRedisStreamConsumer } from './redis-stream-consumer.ts';

/** One message as a consumer took it: its bytes and the queue or topic it came on. */
export interface ReceivedMessage {
  body: Buffer;
  source: string;
}

/**
 * Hands a message on; resolves once it is safely recorded (its run exists), and only then does the
 * consumer acknowledge it to the broker. Rejects only when the consumer stops meanwhile: the message
 * stays unacknowledged, and the broker gives it again.
 */
export type Deliver = (message: ReceivedMessage) => Promise<void>;

export interface ConsumerSetup {
  /** The trigger's id: a stable name at the broker (MQTT's client id, so its session outlives restarts). */
  id: string;
  url: string;
  /** The queue (AMQP), topic filter (MQTT), subject (NATS JetStream) or stream key (Redis). */
  source: string;
  policy: OutboundPolicy;
}

export interface MessageConsumer {
  /** Resolves with the reason when the connection is lost (never when stopped). */
  readonly lost: Promise<Error>;
  /** Stops taking messages, lets the deliveries under way finish, and closes the connection. */
  stop(): Promise<void>;
}

export type StartConsumer = (broker: MessageBroker, setup: ConsumerSetup, deliver: Deliver) => Promise<MessageConsumer>;

const CONSUMERS: Record<MessageBroker, (setup: ConsumerSetup, deliver: Deliver) => Promise<MessageConsumer>> = {
  amqp: startAmqpConsumer,
  mqtt: startMqttConsumer,
  nats: startNatsConsumer,
  redis: startRedisStreamConsumer,
};

/** Connects and starts consuming; rejects with what went wrong (the broker unreachable, refused, the queue unusable). */
export const startConsumer: StartConsumer = (broker, setup, deliver) => CONSUMERS[broker](setup, deliver);

/** The deliveries a consumer has under way, so stopping can wait for them. */
export class Deliveries {
  private readonly going = new Set<Promise<void>>();

  track(delivery: Promise<void>): Promise<void> {
    this.going.add(delivery);
    void delivery.catch(() => undefined).finally(() => this.going.delete(delivery));
    return delivery;
  }

  async settled(): Promise<void> {
    await Promise.allSettled([...this.going]);
  }
}
