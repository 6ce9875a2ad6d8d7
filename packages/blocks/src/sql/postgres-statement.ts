import pg from 'pg';
import { READ_ONLY_SQLSTATE, StatementError, type Statement, type StatementResult } from './statement.ts';

/** Runs the statement in a transaction (read-only unless writes are allowed) on a connection of its own. */
export async function runPostgres({ url, sql, params, allowWrites, signal }: Statement): Promise<StatementResult> {
  const client = new pg.Client({ connectionString: url.href, connectionTimeoutMillis: 20_000, statement_timeout: 110_000 });
  const cancel = () => void client.end().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await client.connect();
    await client.query(allowWrites ? 'begin' : 'begin read only');
    const result = await client.query(sql, params);
    await client.query('commit');
    const rows = (result.rows ?? []) as Record<string, unknown>[];
    return { rows, rowCount: result.rowCount ?? rows.length };
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code === READ_ONLY_SQLSTATE) throw new StatementError('read_only', e.message, e.code);
    if (e.code === '28P01' || e.code === '28000') throw new StatementError('sign_in', e.message, e.code);
    throw new StatementError('database', e.message, e.code);
  } finally {
    signal.removeEventListener('abort', cancel);
    await client.end().catch(() => undefined);
  }
}
