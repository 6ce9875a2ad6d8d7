import type mqtt from 'mqtt';
import { Socket, isIP } from 'node:net';
import { loadLater } from '../shared/load-later.ts';
import { parseBrokerUrl } from './amqp-connection.ts';
import { openConnection } from './open-connection.ts';
import type { OutboundPolicy } from './outbound-policy.ts';

const loadMqtt = loadLater<typeof mqtt>('mqtt');

/** What a caller may set; where and how to connect come from the URL and the policy only. */
export type MqttOptions = Pick<mqtt.IClientOptions, 'clientId' | 'clean' | 'customHandleAcks' | 'reconnectPeriod' | 'properties' | 'connectTimeout'>;

/**
 * An MQTT client (v5) for an `mqtt://` or `mqtts://` URL (user and password in it), whose every
 * connection, the first and each reconnect, is a socket the policy opened. A refusal reaches the
 * client as that socket's error.
 */
export function mqttClient(url: string, policy: OutboundPolicy, options: MqttOptions = {}): mqtt.MqttClient {
  const parsed = parseBrokerUrl(url, ['mqtt:', 'mqtts:'], 'mqtt://user:password@broker.example.com:1883');
  const secure = parsed.protocol === 'mqtts:';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const port = Number(parsed.port) || (secure ? 8883 : 1883);
  const connection = (): Socket => {
    let socket: Socket;
    try {
      socket = openConnection({ host, port }, policy, secure ? { servername: isIP(host) ? '' : host } : undefined);
    } catch (refusal) {
      socket = new Socket();
      process.nextTick(() => socket.destroy(refusal as Error));
    }
    // mqtt.js passes on only socket errors with a code (ECONNREFUSED…); the policy's refusal has none.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!error.code) client.emit('error', error);
    });
    return socket;
  };
  const { MqttClient } = loadMqtt();
  const client: mqtt.MqttClient = new MqttClient(connection, {
    protocolVersion: 5,
    connectTimeout: 10_000,
    reconnectPeriod: 0,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...options,
  });
  return client;
}
