import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { runMysql } from './mysql-statement.ts';
import { runPostgres } from './postgres-statement.ts';
import { StatementError } from './statement.ts';

export const sqlQuery = defineBlock({
  id: 'sql.query',
  name: 'SQL Query',
  description:
    'Runs one SQL statement against the PostgreSQL or MySQL / MariaDB database of the credential, with parameters ($1, $2… in PostgreSQL, ? in MySQL), and puts out the rows. Read-only unless the node allows writes.',
  categories: ['data'],
  credentials: [{ input: 'credential', kind: 'postgres|mysql', description: 'The database: a postgres:// or mysql:// connection URL.' }],
  input: z.object({
    sql: z
      .string()
      .min(1)
      .meta({ contentMediaType: 'application/sql' })
      .describe('One statement, e.g. select * from orders where status = $1 (PostgreSQL) or = ? (MySQL).'),
    params: z.array(z.unknown()).default([]).describe('The values of the parameters, in order.'),
    allow_writes: z.boolean().default(false).describe('Off: the statement runs read-only, and writes are refused.'),
    max_rows: z.number().int().min(1).max(100_000).default(1000),
    credential: z.string().optional(),
  }),
  output: z.object({ rows: z.array(z.record(z.string(), z.unknown())), row_count: z.number(), truncated: z.boolean() }),
  retry: { attempts: 1 },
  timeoutMs: 120_000,
  examples: [{ name: 'needs a database', input: { sql: 'select 1' }, error: 'needs a credential of kind postgres or mysql' }],
  async *run({ sql, params, allow_writes, max_rows }, ctx) {
    const { kind, fields } = await ctx.credential('credential');
    const url = new URL(fields.url ?? '');
    const run = kind === 'mysql' ? runMysql : runPostgres;
    try {
      const { rows, rowCount } = await run({ url, sql, params, allowWrites: allow_writes, signal: ctx.signal, network: ctx.settings });
      yield ['rows', rows.slice(0, max_rows)];
      yield ['row_count', rowCount];
      yield ['truncated', rows.length > max_rows];
    } catch (error) {
      if (!(error instanceof StatementError)) throw error;
      if (error.reason === 'read_only') {
        throw new BlockError('read_only', `The statement writes, and this node is read-only: ${error.message}. Turn on allow_writes if it should.`, {
          retriable: false,
        });
      }
      if (error.reason === 'sign_in') throw new BlockError('credential', `The database refused the sign-in: ${error.message}.`, { retriable: false });
      throw new BlockError('sql', `The database answered: ${error.message}${error.code ? ` (SQLSTATE ${error.code})` : ''}.`, { retriable: false });
    }
  },
});
