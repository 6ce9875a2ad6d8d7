import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { jetStream, natsConnection, natsHeaders } from '../outbound/nats-connection.ts';
import { refusalIn } from '../outbound/outbound-policy.ts';
import { messageBytes } from './message-body.ts';

export const natsPublish = defineBlock({
  id: 'nats.publish',
  name: 'NATS: Publish',
  description:
    'Publishes a message on a NATS subject. With jetstream on (the default), a stream must capture the subject and the block waits until it has stored the message; off, it is sent once to whoever listens now. Text is sent as it is, anything else as JSON.',
  categories: ['messaging', 'queue'],
  credentials: [{ input: 'credential', kind: 'nats', description: 'The server: a nats:// (or tls://) URL, with user and password, or a token as the user.' }],
  input: z.object({
    subject: z
      .string()
      .min(1)
      .max(1024)
      .regex(/^[^\s*>]+$/, 'a subject to publish on has no spaces and no wildcards (* or >)'),
    message: z.unknown().describe('The payload: text as it is, anything else as JSON.'),
    headers: z.record(z.string(), z.string()).default({}),
    jetstream: z.boolean().default(true).describe('Store it in the JetStream stream of the subject and wait for its acknowledgement.'),
    credential: z.string().optional(),
  }),
  output: z.object({ published: z.boolean(), stream: z.string().optional(), seq: z.number().optional() }),
  retry: { attempts: 2 },
  timeoutMs: 30_000,
  examples: [{ name: 'needs a server', input: { subject: 'orders.created', message: { id: 7 } }, error: 'needs a credential of kind nats' }],
  async *run({ subject, message, headers, jetstream }, ctx) {
    const { fields } = await ctx.credential('credential');
    const connection = await natsConnection(fields.url ?? '', ctx.settings).catch((error: unknown) => {
      throw refusalIn(error) ?? new BlockError('connection', `Could not reach the NATS server: ${(error as Error).message}.`);
    });
    try {
      const h = natsHeaders(headers);
      const payload = messageBytes(message);
      if (!jetstream) {
        connection.publish(subject, payload, { headers: h });
        await connection.flush();
        yield ['published', true];
        return;
      }
      const ack = await jetStream(connection)
        .client.publish(subject, payload, { headers: h })
        .catch((error: Error) => {
          throw new BlockError(
            'rejected',
            `No JetStream stream took the message on ${subject}: ${error.message}. Add a stream that captures the subject, or turn jetstream off.`,
            { retriable: false },
          );
        });
      yield ['published', true];
      yield ['stream', ack.stream];
      yield ['seq', ack.seq];
    } finally {
      await connection.close().catch(() => undefined);
    }
  },
});
