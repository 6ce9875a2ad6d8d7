import type mysql from 'mysql2/promise';
import { openConnection } from './open-connection.ts';
import type { OutboundPolicy } from './outbound-policy.ts';
import { loadLater } from '../shared/load-later.ts';

const loadMysql = loadLater<typeof mysql>('mysql2/promise');

/** A mysql2 connection over a socket the policy opened, to the socketPath, host and port the driver read from the URL and options. */
export function mysqlConnection(options: Omit<mysql.ConnectionOptions, 'stream'>, policy: OutboundPolicy): Promise<mysql.Connection> {
  return loadMysql().createConnection({
    ...options,
    stream: ({ config }: { config: { socketPath?: string; host?: string; port?: number } }) =>
      openConnection(config.socketPath ? { path: config.socketPath } : { host: config.host ?? '', port: config.port || 3306 }, policy),
  } as mysql.ConnectionOptions);
}
