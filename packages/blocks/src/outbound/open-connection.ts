import { Socket, isIP, connect as netConnect } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { connectOptions, type ConnectTarget, type OutboundPolicy } from './outbound-policy.ts';

/**
 * Opens a connection the policy allows (TLS on top when `tls` is given). The one place
 * in the product where a socket to a user-chosen address is opened: fetch, the SQL and
 * SMTP drivers all get their sockets here. A refusal throws before any packet leaves.
 */
export function openConnection(target: ConnectTarget, policy: OutboundPolicy, tls?: ConnectionOptions): Socket {
  const options = connectOptions(target, policy);
  return tls ? tlsConnect({ ...options, ...tls }) : netConnect(options);
}

/**
 * The connection an HTTP client needs for a URL's host and port: TLS (HTTP/1.1, the host as
 * SNI unless it is an address) for https, plain otherwise, the default port when none is given.
 */
export function openHttpConnection(url: { hostname: string; protocol: string; port: string }, policy: OutboundPolicy): Socket {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const secure = url.protocol === 'https:';
  const port = Number(url.port) || (secure ? 443 : 80);
  return openConnection({ host, port }, policy, secure ? { servername: isIP(host) ? '' : host, ALPNProtocols: ['http/1.1'] } : undefined);
}

/**
 * A socket for drivers that call `connect(port, host)` or `connect(path)` on a stream
 * they were handed (node-postgres): whatever host, port or socket path the driver settled
 * on — from the URL, its parameters or the environment — is judged when it connects.
 */
export class PolicySocket extends Socket {
  constructor(private readonly policy: OutboundPolicy) {
    super();
  }

  override connect(...args: unknown[]): this {
    const [first, second] = args;
    const target: ConnectTarget =
      typeof first === 'string' && !/^\d+$/.test(first) ? { path: first } : { host: typeof second === 'string' ? second : '', port: Number(first) };
    let options;
    try {
      options = connectOptions(target, this.policy);
    } catch (refusal) {
      process.nextTick(() => this.destroy(refusal as Error));
      return this;
    }
    return super.connect(options);
  }
}
