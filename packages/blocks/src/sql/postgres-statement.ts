import { parse } from 'pg-connection-string';
import { postgresClient, refusalIn } from '../outbound/index.ts';
import { refuseOutsideReadOnly } from './read-only-statement.ts';
import { READ_ONLY_SQLSTATE, StatementError, type Statement, type StatementResult } from './statement.ts';

/**
 * Runs the statement on a connection of its own, always over the extended protocol, which
 * takes exactly one statement (`commit; insert …` is refused by the server, not by us).
 * Read-only: the session's default is read-only (forced over any `options` in the URL), so
 * even a transaction begun after a COMMIT could not write; the statement runs inside
 * `begin read only`, which is rolled back, never committed; and statements that would end the transaction or change the session
 * are refused before anything is sent.
 */
export async function runPostgres({ url, sql, params, allowWrites, signal, network }: Statement): Promise<StatementResult> {
  if (!allowWrites) refuseOutsideReadOnly(sql, 'postgres');
  const config = parse(url.href);
  const client = postgresClient(
    {
      ...(config as object),
      ...(allowWrites ? {} : { options: '-c default_transaction_read_only=on' }),
      connectionTimeoutMillis: 20_000,
      statement_timeout: 110_000,
    },
    network,
  );
  const cancel = () => void client.end().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await client.connect();
    await client.query(allowWrites ? 'begin' : 'begin read only');
    // queryMode is node-postgres's, missing from its type declarations.
    const extended = { text: sql, values: params, queryMode: 'extended' } as { text: string; values: unknown[] };
    const result = await client.query(extended);
    await client.query(allowWrites ? 'commit' : 'rollback');
    const rows = (result.rows ?? []) as Record<string, unknown>[];
    return { rows, rowCount: result.rowCount ?? rows.length };
  } catch (error) {
    const e = error as { code?: string; message: string };
    const refusal = refusalIn(error);
    if (refusal) throw refusal;
    if (e.code === READ_ONLY_SQLSTATE) throw new StatementError('read_only', e.message, e.code);
    if (e.code === '28P01' || e.code === '28000') throw new StatementError('sign_in', e.message, e.code);
    throw new StatementError('database', e.message, e.code);
  } finally {
    signal.removeEventListener('abort', cancel);
    await client.end().catch(() => undefined);
  }
}
