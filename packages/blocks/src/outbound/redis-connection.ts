import type { Redis, RedisOptions } from 'ioredis';
import { isIP, type Socket } from 'node:net';
import { loadLater } from '../shared/load-later.ts';
import { parseBrokerUrl } from './amqp-connection.ts';
import { openConnection } from './open-connection.ts';
import type { OutboundPolicy } from './outbound-policy.ts';

const loadRedis = loadLater<typeof import('ioredis')>('ioredis');
/** What ioredis's connectors share (its own, for a host and port, opens the socket itself). */
type AbstractConnector = abstract new (disconnectTimeout: number) => { connecting: boolean; stream: Socket; firstError?: Error };
const loadConnector = loadLater<{ default: AbstractConnector }>('ioredis/built/connectors/AbstractConnector.js');

/** ioredis's connector, except that its socket is one the policy opened (for the first connection and every reconnect). */
function policyConnector(host: string, port: number, tls: boolean, policy: OutboundPolicy): RedisOptions['Connector'] {
  const AbstractConnector = loadConnector().default;
  return class PolicyConnector extends AbstractConnector {
    constructor(options: { disconnectTimeout?: number }) {
      super(options.disconnectTimeout ?? 2000);
    }

    connect(): Promise<never> {
      this.connecting = true;
      return new Promise((resolve, reject) =>
        // As ioredis's own connector: the stream is handed over on the next tick, once the caller listens.
        process.nextTick(() => {
          if (!this.connecting) return reject(new Error('Connection is closed.'));
          try {
            this.stream = openConnection({ host, port }, policy, tls ? { servername: isIP(host) ? '' : host } : undefined);
          } catch (refusal) {
            return reject(refusal as Error);
          }
          this.stream.once('error', (error: Error) => (this.firstError = error));
          resolve(this.stream as never);
        }),
      );
    }
  } as never;
}

/**
 * A Redis connection for a `redis://` or `rediss://` URL (user, password and database number in it), whose
 * sockets the policy opens. It does not reconnect on its own and queues no command while disconnected, so a
 * lost connection is an error its caller sees.
 */
export function redisConnection(url: string, policy: OutboundPolicy): Redis {
  const parsed = parseBrokerUrl(url, ['redis:', 'rediss:'], 'redis://user:password@redis.example.com:6379/0');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const port = Number(parsed.port) || 6379;
  const db = Number(parsed.pathname.slice(1) || 0);
  const { Redis } = loadRedis();
  return new Redis({
    Connector: policyConnector(host, port, parsed.protocol === 'rediss:', policy),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(Number.isInteger(db) ? { db } : {}),
    lazyConnect: true,
    connectTimeout: 10_000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
}
