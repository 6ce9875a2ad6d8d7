import { amqpConnection, mqttClient } from '@blocksmith/blocks';

/** The machine's brokers, as tests reach them. */
export const RABBIT = 'amqp://guest:guest@127.0.0.1:5672';
export const MOSQUITTO = 'mqtt://127.0.0.1:1883';
export const NATS = 'nats://127.0.0.1:4222';
export const REDIS = 'redis://127.0.0.1:6379/0';
/** The test's own connections reach the local brokers. */
export const LOCAL = { allowPrivateNetwork: true, allowedHosts: [], allowedSockets: [] };

/** Puts text messages on a RabbitMQ queue and waits until the broker has them. */
export async function sendToQueue(queue: string, texts: string[]): Promise<void> {
  const connection = await amqpConnection(RABBIT, LOCAL);
  const channel = await connection.createConfirmChannel();
  for (const text of texts) channel.sendToQueue(queue, Buffer.from(text), { persistent: true });
  await channel.waitForConfirms();
  await connection.close();
}

/** How many messages wait in a queue. */
export async function queueLength(queue: string): Promise<number> {
  const connection = await amqpConnection(RABBIT, LOCAL);
  const { messageCount } = await (await connection.createChannel()).checkQueue(queue);
  await connection.close();
  return messageCount;
}

export async function deleteQueue(queue: string): Promise<void> {
  const connection = await amqpConnection(RABBIT, LOCAL);
  await (await connection.createChannel()).deleteQueue(queue);
  await connection.close();
}

/** Publishes a text message at QoS 1 and waits until Mosquitto has it. */
export async function publishMqtt(topic: string, text: string): Promise<void> {
  const client = mqttClient(MOSQUITTO, LOCAL);
  await new Promise((resolve) => client.once('connect', resolve));
  await client.publishAsync(topic, text, { qos: 1 });
  await client.endAsync();
}
