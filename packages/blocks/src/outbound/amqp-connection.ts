import { BlockError } from '@blocksmith/sdk';
import type amqp from 'amqplib';
import type { TcpNetConnectOpts } from 'node:net';
import { loadLater } from '../shared/load-later.ts';
import { connectOptions, type OutboundPolicy } from './outbound-policy.ts';

const loadAmqp = loadLater<typeof amqp>('amqplib');

/**
 * A connection to the AMQP 0-9-1 broker (RabbitMQ) of an `amqp://` or `amqps://` URL, on a socket the
 * policy judged. amqplib opens its own socket, so the host it is given is the one judged here: a
 * literal address is refused or allowed now, a name by the guarded lookup the socket then uses.
 */
export function amqpConnection(url: string, policy: OutboundPolicy): Promise<amqp.ChannelModel> {
  const parsed = parseBrokerUrl(url, ['amqp:', 'amqps:'], 'amqp://user:password@rabbit.example.com:5672/vhost');
  const secure = parsed.protocol === 'amqps:';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const port = Number(parsed.port) || (secure ? 5671 : 5672);
  const { lookup } = connectOptions({ host, port }, policy) as TcpNetConnectOpts;
  const vhost = decodeURIComponent(parsed.pathname.slice(1));
  return loadAmqp().connect(
    {
      protocol: secure ? 'amqps' : 'amqp',
      hostname: host,
      port,
      username: decodeURIComponent(parsed.username) || 'guest',
      password: decodeURIComponent(parsed.password) || (parsed.username ? '' : 'guest'),
      heartbeat: 30,
      ...(vhost ? { vhost } : {}),
    },
    { ...(lookup ? { lookup } : {}), timeout: 10_000 },
  );
}

/** A broker URL of one of the schemes, or an error that shows what one looks like. */
export function parseBrokerUrl(url: string, protocols: string[], example: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BlockError('credential', `The broker URL is not a URL; it should look like ${example}.`, { retriable: false });
  }
  if (!protocols.includes(parsed.protocol) || !parsed.hostname) {
    throw new BlockError('credential', `The broker URL must start with ${protocols.map((p) => `${p}//`).join(' or ')} and name a host, e.g. ${example}.`, {
      retriable: false,
    });
  }
  return parsed;
}
