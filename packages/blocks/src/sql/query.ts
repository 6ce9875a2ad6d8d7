import { BlockError, defineBlock } from '@blocksmith/sdk';
import pg from 'pg';
import { z } from 'zod';
import { assertPublicUrl } from '../shared/network-guard.ts';

export const sqlQuery = defineBlock({
  id: 'sql.query',
  name: 'SQL Query (PostgreSQL)',
  description:
    'Runs one SQL statement against the PostgreSQL database of the credential, with parameters ($1, $2…), and puts out the rows. Read-only unless the node allows writes.',
  categories: ['data'],
  credentials: [{ input: 'credential', kind: 'postgres', description: 'The database: a postgres:// connection URL.' }],
  input: z.object({
    sql: z.string().min(1).describe('One statement, e.g. select * from orders where status = $1.'),
    params: z.array(z.unknown()).default([]).describe('The values of $1, $2…, in order.'),
    allow_writes: z.boolean().default(false).describe('Off: the statement runs in a read-only transaction.'),
    max_rows: z.number().int().min(1).max(100_000).default(1000),
    credential: z.string().optional(),
  }),
  output: z.object({ rows: z.array(z.record(z.string(), z.unknown())), row_count: z.number(), truncated: z.boolean() }),
  retry: { attempts: 1 },
  timeoutMs: 120_000,
  examples: [{ name: 'needs a database', input: { sql: 'select 1' }, error: 'needs a credential of kind postgres' }],
  async *run({ sql, params, allow_writes, max_rows }, ctx) {
    const { fields } = await ctx.credential('credential');
    const url = new URL(fields.url ?? '');
    if (!ctx.settings.allowPrivateNetwork) await assertPublicUrl(url, 'connect to the database');
    const client = new pg.Client({ connectionString: url.href, connectionTimeoutMillis: 20_000, statement_timeout: 110_000 });
    const cancel = () => void client.end().catch(() => undefined);
    ctx.signal.addEventListener('abort', cancel, { once: true });
    try {
      await client.connect();
      await client.query(allow_writes ? 'begin' : 'begin read only');
      const result = await client.query(sql, params);
      await client.query('commit');
      const rows = (result.rows ?? []) as Record<string, unknown>[];
      yield ['rows', rows.slice(0, max_rows)];
      yield ['row_count', result.rowCount ?? rows.length];
      yield ['truncated', rows.length > max_rows];
    } catch (error) {
      const e = error as { code?: string; message: string };
      if (e.code === '25006')
        throw new BlockError('read_only', `The statement writes, and this node is read-only: ${e.message}. Turn on allow_writes if it should.`, {
          retriable: false,
        });
      if (e.code === '28P01' || e.code === '28000') throw new BlockError('credential', `The database refused the sign-in: ${e.message}.`, { retriable: false });
      throw new BlockError('sql', `The database answered: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}.`, { retriable: false });
    } finally {
      ctx.signal.removeEventListener('abort', cancel);
      await client.end().catch(() => undefined);
    }
  },
});
