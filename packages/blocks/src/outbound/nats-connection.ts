import type * as JetStream from '@nats-io/jetstream';
import type * as NatsCore from '@nats-io/nats-core';
import type { MsgHdrs, NatsConnection } from '@nats-io/nats-core';
import type * as NatsInternal from '@nats-io/nats-core/internal';
import type { Socket } from 'node:net';
import { loadLater } from '../shared/load-later.ts';
import { parseBrokerUrl } from './amqp-connection.ts';
import { openConnection } from './open-connection.ts';
import type { OutboundPolicy } from './outbound-policy.ts';

type HostPort = { hostname: string; port: number };
type NodeTransportClass = new () => { options: Record<string, unknown>; dial(hp: HostPort): Promise<Socket> };

const loadNats = loadLater<typeof NatsInternal>('@nats-io/nats-core/internal');
const loadCore = loadLater<typeof NatsCore>('@nats-io/nats-core');
const loadJetStream = loadLater<typeof JetStream>('@nats-io/jetstream');
const loadTransport = loadLater<{ NodeTransport: NodeTransportClass }>('@nats-io/transport-node/lib/node_transport.js');
/** Where the policy travels with a connection's options to its transport (the transport factory is one for the process). */
const POLICY = 'blocksmithOutboundPolicy';

let transport: NodeTransportClass | undefined;

/** nats.js's Node transport, except that its socket is one the policy opened (for the server's address, and every reconnect's). */
function policyTransport(): NodeTransportClass {
  if (transport) return transport;
  const { NodeTransport } = loadTransport();
  transport = class PolicyTransport extends NodeTransport {
    override dial(hp: HostPort): Promise<Socket> {
      return new Promise((resolve, reject) => {
        let socket: Socket;
        try {
          socket = openConnection({ host: hp.hostname, port: hp.port }, this.options[POLICY] as OutboundPolicy);
        } catch (refusal) {
          return reject(refusal as Error);
        }
        let failure: Error | undefined;
        socket.on('error', (error) => (failure = error));
        socket.on('close', () => reject(failure ?? new Error('the connection closed')));
        socket.once('connect', () => {
          socket.removeAllListeners();
          resolve(socket);
        });
        socket.setNoDelay(true);
      });
    }
  };
  return transport;
}

/**
 * A NATS connection for a `nats://` or `tls://` URL (user and password, or a token as the user, in it).
 * Servers the cluster announces are ignored and reconnects are left to the caller, so the only address
 * reached is the URL's, through the policy.
 */
export function natsConnection(url: string, policy: OutboundPolicy, name?: string): Promise<NatsConnection> {
  const parsed = parseBrokerUrl(url, ['nats:', 'tls:'], 'nats://user:password@nats.example.com:4222');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const port = Number(parsed.port) || 4222;
  const nats = loadNats();
  const Transport = policyTransport();
  nats.setTransportFactory({ factory: () => new Transport() as never });
  const user = decodeURIComponent(parsed.username);
  const pass = decodeURIComponent(parsed.password);
  return nats.NatsConnectionImpl.connect({
    servers: [`${host.includes(':') ? `[${host}]` : host}:${port}`],
    ...(user && pass ? { user, pass } : user ? { token: user } : {}),
    ...(parsed.protocol === 'tls:' ? { tls: {} } : {}),
    ...(name ? { name } : {}),
    ignoreClusterUpdates: true,
    reconnect: false,
    resolve: false,
    timeout: 10_000,
    [POLICY]: policy,
  } as never);
}

/** JetStream (streams, consumers) over a connection made here: it talks through that connection only. */
export function jetStream(connection: NatsConnection): { client: JetStream.JetStreamClient; manager: () => Promise<JetStream.JetStreamManager> } {
  const js = loadJetStream();
  return { client: js.jetstream(connection), manager: () => js.jetstreamManager(connection) };
}

/** NATS headers from names and values. */
export function natsHeaders(values: Record<string, string>): MsgHdrs {
  const headers = loadCore().headers();
  for (const [name, value] of Object.entries(values)) headers.set(name, value);
  return headers;
}
