import { mqttClient } from '@blocksmith/blocks';
import { createHash } from 'node:crypto';
import { Deliveries, type ConsumerSetup, type Deliver, type MessageConsumer } from './message-consumer.ts';

/** How long the broker keeps the trigger's session (its subscription and the messages for it) while no one is connected. */
const SESSION_EXPIRY_S = 7 * 24 * 3600;

/**
 * The trigger's session at the broker. The topic filter is part of it: a session keeps its subscriptions,
 * so a trigger moved to another topic starts a new session instead of still getting the old topic's messages.
 */
export function mqttClientId(triggerId: string, source: string): string {
  return `blocksmith-${triggerId}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}`;
}

/**
 * Subscribes to an MQTT topic filter at QoS 1 under a session of the trigger's own (kept by the broker
 * while the platform is down, so messages sent meanwhile wait for it), acknowledging each message (PUBACK)
 * once its run is recorded. A message sent at QoS 0 has no acknowledgement and is delivered at most once,
 * as its sender asked.
 */
export async function startMqttConsumer({ id, url, source, policy }: ConsumerSetup, deliver: Deliver): Promise<MessageConsumer> {
  const deliveries = new Deliveries();
  let stopping = false;
  const client = mqttClient(url, policy, {
    clientId: mqttClientId(id, source),
    clean: false,
    properties: { sessionExpiryInterval: SESSION_EXPIRY_S },
    // QoS 1 and 2: acknowledged once the run is recorded; a message arriving while the consumer stops is left
    // unacknowledged (and mqtt.js reads no further packet), so the broker gives it again to the next session.
    customHandleAcks: (topic, payload, _packet, done) => {
      if (stopping) return;
      void deliveries.track(deliver({ body: payload, source: topic })).then(
        () => done(0),
        () => undefined,
      );
    },
  });
  client.on('message', (topic, payload, packet) => {
    if (packet.qos === 0 && !stopping) void deliveries.track(deliver({ body: payload, source: topic })).catch(() => undefined);
  });
  let lastError: Error | undefined;
  client.on('error', (error) => (lastError = error));
  const closed = new Promise<Error>((resolve) =>
    client.once('close', () => setImmediate(() => resolve(lastError ?? new Error('the broker closed the connection')))),
  );
  try {
    await Promise.race([new Promise((resolve) => client.once('connect', resolve)), closed.then((error) => Promise.reject(error))]);
    // rh 1: the topic's retained message only when the subscription is new, not at every start.
    const [grant] = await client.subscribeAsync(source, { qos: 1, rh: 1 });
    if (grant && grant.qos > 2) throw new Error(`the broker refused the subscription to ${source} (reason code ${grant.qos})`);
  } catch (error) {
    client.end(true);
    throw error;
  }
  return {
    lost: closed.then((error) => (stopping ? new Promise<Error>(() => undefined) : error)),
    stop: async () => {
      stopping = true;
      await deliveries.settled();
      // Not forced: a forced end destroys the socket, dropping acknowledgements not yet written out; this one
      // sends them, then DISCONNECT, and closes.
      await client.endAsync(false).catch(() => undefined);
    },
  };
}
