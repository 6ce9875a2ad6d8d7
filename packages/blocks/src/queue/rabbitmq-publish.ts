import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { amqpConnection } from '../outbound/amqp-connection.ts';
import { refusalIn } from '../outbound/outbound-policy.ts';
import { messageBytes } from './message-body.ts';

export const rabbitmqPublish = defineBlock({
  id: 'rabbitmq.publish',
  name: 'RabbitMQ: Publish',
  description:
    'Publishes a message to a RabbitMQ (AMQP 0-9-1) exchange, or straight to a queue through the default exchange, and waits until the broker has taken it (publisher confirm). Text is sent as it is, anything else as JSON.',
  categories: ['messaging', 'queue'],
  credentials: [{ input: 'credential', kind: 'amqp', description: 'The broker: an amqp:// or amqps:// URL with user, password and vhost.' }],
  input: z.object({
    message: z.unknown().describe('The body: text as it is, anything else as JSON.'),
    exchange: z.string().max(255).default('').describe('Empty: the default exchange, which routes to the queue named by routing_key.'),
    routing_key: z.string().max(255).describe('The queue name (default exchange) or the routing key the exchange routes by.'),
    headers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
    persistent: z.boolean().default(true).describe('Kept on disk by the broker when the queue is durable.'),
    credential: z.string().optional(),
  }),
  output: z.object({ published: z.boolean() }),
  retry: { attempts: 2 },
  timeoutMs: 30_000,
  examples: [{ name: 'needs a broker', input: { message: 'hello', routing_key: 'orders' }, error: 'needs a credential of kind amqp' }],
  async *run({ message, exchange, routing_key, headers, persistent }, ctx) {
    const { fields } = await ctx.credential('credential');
    const connection = await amqpConnection(fields.url ?? '', ctx.settings).catch((error: unknown) => {
      throw refusalIn(error) ?? new BlockError('connection', `Could not reach the broker: ${(error as Error).message}.`);
    });
    connection.on('error', () => undefined);
    try {
      const channel = await connection.createConfirmChannel();
      const closed = new Promise<never>((_, reject) => channel.once('close', () => reject(new Error('the broker closed the channel'))));
      channel.on('error', () => undefined);
      const sent = new Promise<void>((resolve, reject) =>
        channel.publish(
          exchange,
          routing_key,
          messageBytes(message),
          { headers, persistent, contentType: typeof message === 'string' ? 'text/plain' : 'application/json' },
          (error) => (error ? reject(new Error('the broker refused the message')) : resolve()),
        ),
      );
      await Promise.race([sent, closed]).catch((error: Error) => {
        throw new BlockError('rejected', `RabbitMQ did not take the message to exchange "${exchange}": ${error.message}. Check that the exchange exists.`, {
          retriable: false,
        });
      });
      yield ['published', true];
    } finally {
      await connection.close().catch(() => undefined);
    }
  },
});
