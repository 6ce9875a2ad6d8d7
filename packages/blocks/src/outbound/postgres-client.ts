import pg from 'pg';
import { PolicySocket } from './open-connection.ts';
import type { OutboundPolicy } from './outbound-policy.ts';

/** A node-postgres client whose socket judges the host, port or socket path the driver settles on. */
export function postgresClient(config: Omit<pg.ClientConfig, 'stream'>, policy: OutboundPolicy): pg.Client {
  return new pg.Client({ ...config, stream: () => new PolicySocket(policy) });
}
