import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';

/**
 * A database credential must not reach the platform's own host. The address judged is the
 * one the driver really connects to — whatever the URL's host, its `host` parameter, a
 * socket path or the driver's defaults make of it — because the driver's socket is opened
 * by the outbound policy, not before it.
 */
const postgres = (url: string) => ({ id: 'db', kind: 'postgres', fields: { url } });
const mysql = (url: string) => ({ id: 'db', kind: 'mysql', fields: { url } });
const PG_SOCKET = '/var/run/postgresql/.s.PGSQL.5432';
const MYSQL_SOCKET = '/run/mysqld/mysqld.sock';

describe('database credentials and the outbound policy', () => {
  it.each([
    ['a host parameter naming the unix socket folder', postgres('postgres://postgres@x.invalid/postgres?host=/var/run/postgresql')],
    ['the socket folder as the URL host', postgres('postgres://postgres@%2Fvar%2Frun%2Fpostgresql/postgres')],
    ['a host parameter of localhost', postgres('postgres://postgres@x.invalid/test?host=localhost')],
    ['a host parameter of 127.0.0.1', postgres('postgres://postgres@x.invalid/test?host=127.0.0.1')],
    ['no host at all (the driver reads localhost)', postgres('postgres:///test')],
    ['an IPv4-mapped loopback', postgres('postgres://postgres@[::ffff:127.0.0.1]:5432/test')],
    ['a socketPath parameter', mysql(`mysql://root@x.invalid/mysql?socketPath=${MYSQL_SOCKET}`)],
    ['localhost', mysql('mysql://root@localhost:3306/test')],
    ['a decimal loopback', mysql('mysql://root@2130706433:3306/test')],
  ])('refuses %s', async (_what, credential) => {
    const result = await runBlock('sql.query', { sql: 'select 1' }, {}, { credentials: [credential] });
    expect(result.error).toMatchObject({ kind: 'forbidden_address', message: expect.stringMatching(/^Refused to connect to /) });
  });

  it('refuses unix sockets even with the private network open, naming the setting that opens one', async () => {
    for (const credential of [
      postgres('postgres://postgres@x.invalid/test?host=/var/run/postgresql'),
      mysql(`mysql://root@x/test?socketPath=${MYSQL_SOCKET}`),
    ]) {
      const result = await runBlock('sql.query', { sql: 'select 1' }, { allowPrivateNetwork: true }, { credentials: [credential] });
      expect(result.error).toMatchObject({ kind: 'forbidden_address', message: expect.stringContaining('BLOCKSMITH_ALLOW_SOCKETS=') });
    }
  });

  it.skipIf(!existsSync(PG_SOCKET))('connects through a socket the operator named', async () => {
    const result = await runBlock(
      'sql.query',
      { sql: 'select current_user as who' },
      { allowedSockets: [PG_SOCKET] },
      { credentials: [postgres('postgres://postgres@x.invalid/test?host=/var/run/postgresql')] },
    );
    expect(result.outputs.rows).toEqual([[{ who: 'postgres' }]]);
  });

  it.skipIf(!existsSync(MYSQL_SOCKET))('connects to MariaDB through a socket the operator named', async () => {
    const result = await runBlock(
      'sql.query',
      { sql: 'select 1 as one' },
      { allowedSockets: [MYSQL_SOCKET] },
      { credentials: [mysql(`mysql://root@x.invalid/test?socketPath=${MYSQL_SOCKET}`)] },
    );
    expect(result.outputs.rows).toEqual([[{ one: 1 }]]);
  });

  it('reaches a database host the operator allowed by host:port, and no other port of it', async () => {
    const allowed = { allowedHosts: ['127.0.0.1:5432'] };
    expect(
      (await runBlock('sql.query', { sql: 'select 1 as one' }, allowed, { credentials: [postgres('postgres://postgres@127.0.0.1:5432/test')] })).outputs.rows,
    ).toEqual([[{ one: 1 }]]);
    const other = await runBlock('sql.query', { sql: 'select 1' }, allowed, { credentials: [mysql('mysql://root@127.0.0.1:3306/test')] });
    expect(other.error?.kind).toBe('forbidden_address');
  });
});
