import mysql from 'mysql2/promise';
import { READ_ONLY_SQLSTATE, StatementError, type Statement, type StatementResult } from './statement.ts';

/** MySQL's and MariaDB's error numbers for a refused sign-in (wrong password, unknown user, no access to the database). */
const SIGN_IN_ERRORS = new Set([1044, 1045, 1698]);

/** Runs the statement on a connection of its own; read-only sessions refuse writes and DDL alike, as in PostgreSQL. */
export async function runMysql({ url, sql, params, allowWrites, signal }: Statement): Promise<StatementResult> {
  let connection: mysql.Connection | undefined;
  const cancel = () => void connection?.destroy();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    connection = await mysql.createConnection({ uri: url.href, connectTimeout: 20_000, supportBigNumbers: true, dateStrings: true });
    await connection.query(allowWrites ? 'set session transaction read write' : 'set session transaction read only');
    const [result] = await connection.query({ sql, values: params, timeout: 110_000 });
    if (Array.isArray(result)) return { rows: result as Record<string, unknown>[], rowCount: result.length };
    return { rows: [], rowCount: (result as { affectedRows?: number }).affectedRows ?? 0 };
  } catch (error) {
    const e = error as { errno?: number; sqlState?: string; message: string };
    if (e.sqlState === READ_ONLY_SQLSTATE) throw new StatementError('read_only', e.message, e.sqlState);
    if (e.errno !== undefined && SIGN_IN_ERRORS.has(e.errno)) throw new StatementError('sign_in', e.message, e.sqlState);
    throw new StatementError('database', e.message, e.sqlState);
  } finally {
    signal.removeEventListener('abort', cancel);
    await connection?.end().catch(() => undefined);
  }
}
