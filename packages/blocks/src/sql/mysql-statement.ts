import { mysqlConnection, refusalIn } from '../outbound/index.ts';
import { refuseOutsideReadOnly } from './read-only-statement.ts';
import { READ_ONLY_SQLSTATE, StatementError, type Statement, type StatementResult } from './statement.ts';

/** MySQL's and MariaDB's error numbers for a refused sign-in (wrong password, unknown user, no access to the database). */
const SIGN_IN_ERRORS = new Set([1044, 1045, 1698]);

/**
 * URL parameters a mysql credential may carry. mysql2 lets the URL's parameters override
 * the options given beside it, so `multipleStatements` or `flags=+MULTI_STATEMENTS` in a
 * URL would turn `commit; insert …` back on: everything not listed here is refused.
 */
const URL_PARAMETERS = new Set(['ssl', 'charset', 'timezone', 'socketPath']);

/**
 * Runs the statement on a connection of its own that takes one statement per call.
 * Read-only: the session's transactions are read-only (DDL, which commits implicitly,
 * included), the statement runs in `start transaction read only`, which is rolled back, and statements that
 * would end the transaction or change the session are refused before anything is sent.
 */
export async function runMysql({ url, sql, params, allowWrites, signal, network }: Statement): Promise<StatementResult> {
  const refused = [...url.searchParams.keys()].filter((key) => !URL_PARAMETERS.has(key));
  if (refused.length) {
    throw new StatementError('database', `the connection URL may not set ${refused.join(', ')} (accepted parameters: ${[...URL_PARAMETERS].join(', ')})`);
  }
  if (!allowWrites) refuseOutsideReadOnly(sql, 'mysql');
  let connection: Awaited<ReturnType<typeof mysqlConnection>> | undefined;
  const cancel = () => void connection?.destroy();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    connection = await mysqlConnection(
      { uri: url.href, multipleStatements: false, connectTimeout: 20_000, supportBigNumbers: true, dateStrings: true },
      network,
    );
    await connection.query(allowWrites ? 'set session transaction read write' : 'set session transaction read only');
    if (!allowWrites) await connection.query('start transaction read only');
    const [result] = await connection.query({ sql, values: params, timeout: 110_000 });
    if (!allowWrites) await connection.query('rollback');
    if (Array.isArray(result)) return { rows: result as Record<string, unknown>[], rowCount: result.length };
    return { rows: [], rowCount: (result as { affectedRows?: number }).affectedRows ?? 0 };
  } catch (error) {
    const e = error as { errno?: number; sqlState?: string; message: string };
    const refusal = refusalIn(error);
    if (refusal) throw refusal;
    if (e.sqlState === READ_ONLY_SQLSTATE) throw new StatementError('read_only', e.message, e.sqlState);
    if (e.errno !== undefined && SIGN_IN_ERRORS.has(e.errno)) throw new StatementError('sign_in', e.message, e.sqlState);
    throw new StatementError('database', e.message, e.sqlState);
  } finally {
    signal.removeEventListener('abort', cancel);
    await connection?.end().catch(() => undefined);
  }
}
