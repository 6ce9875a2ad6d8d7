import type pg from 'pg';
import { loadLater } from '../shared/load-later.ts';
import { PolicySocket } from './open-connection.ts';
import type { OutboundPolicy } from './outbound-policy.ts';

const loadPg = loadLater<typeof pg>('pg');

/** A node-postgres client whose socket judges the host, port or socket path the driver settles on. */
export function postgresClient(config: Omit<pg.ClientConfig, 'stream'>, policy: OutboundPolicy): pg.Client {
  const client = new (loadPg().Client)({ ...config, stream: () => new PolicySocket(policy) });
  // A failure during a query comes back through that query; one between queries (the user's server ending the
  // session) would otherwise be an unheard error event, which ends the whole process.
  client.on('error', () => undefined);
  return client;
}
