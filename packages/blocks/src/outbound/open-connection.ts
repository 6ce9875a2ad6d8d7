import { Socket, connect as netConnect } from 'node:net';
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
