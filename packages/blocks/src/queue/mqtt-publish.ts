import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { mqttClient } from '../outbound/mqtt-client.ts';
import { refusalIn } from '../outbound/outbound-policy.ts';
import { messageBytes } from './message-body.ts';

export const mqttPublish = defineBlock({
  id: 'mqtt.publish',
  name: 'MQTT: Publish',
  description:
    'Publishes a message to a topic of an MQTT broker (Mosquitto, EMQX, HiveMQ…) and, at QoS 1 or 2, waits until the broker has it. Text is sent as it is, anything else as JSON.',
  categories: ['messaging', 'queue'],
  credentials: [{ input: 'credential', kind: 'mqtt', description: 'The broker: an mqtt:// or mqtts:// URL, with user and password if it asks for them.' }],
  input: z.object({
    topic: z
      .string()
      .min(1)
      .max(1024)
      .refine((t) => !/[#+]/.test(t), 'a topic to publish to has no wildcards (+ or #)'),
    message: z.unknown().describe('The payload: text as it is, anything else as JSON.'),
    qos: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(1),
    retain: z.boolean().default(false).describe('The broker keeps it as the topic’s last message for new subscribers.'),
    credential: z.string().optional(),
  }),
  output: z.object({ published: z.boolean() }),
  retry: { attempts: 2 },
  timeoutMs: 30_000,
  examples: [{ name: 'needs a broker', input: { topic: 'sensors/door', message: 'open' }, error: 'needs a credential of kind mqtt' }],
  async *run({ topic, message, qos, retain }, ctx) {
    const { fields } = await ctx.credential('credential');
    const client = mqttClient(fields.url ?? '', ctx.settings);
    client.on('error', () => undefined);
    try {
      await new Promise<void>((resolve, reject) => {
        client.once('connect', () => resolve());
        client.once('error', reject);
        // An error, when there is one, comes before the close.
        client.once('close', () => setImmediate(() => reject(new Error('the connection closed'))));
      }).catch((error: Error) => {
        throw refusalIn(error) ?? new BlockError('connection', `Could not reach the broker: ${error.message}.`);
      });
      await client.publishAsync(topic, messageBytes(message), { qos, retain }).catch((error: Error) => {
        throw new BlockError('rejected', `The broker did not take the message to ${topic}: ${error.message}.`, { retriable: false });
      });
      yield ['published', true];
    } finally {
      await client.endAsync().catch(() => undefined);
    }
  },
});
