import type { Credential } from '@blocksmith/sdk';
import { describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';

/** The machine's PostgreSQL (trust auth, database `test`). */
const database: Credential = { id: 'db', kind: 'postgres', fields: { url: 'postgres://postgres@127.0.0.1:5432/test' } };
const run = (inputs: Record<string, unknown>, credential = database) =>
  runBlock('sql.query', inputs, { allowPrivateNetwork: true }, { credentials: [credential] });

describe('sql.query against the real PostgreSQL', () => {
  it('runs a statement with parameters and puts out the rows', async () => {
    const result = await run({ sql: 'select $1::int + 1 as next, $2::text as word from generate_series(1, 3)', params: [41, 'hi'] });
    expect(result.outputs).toEqual({
      rows: [
        [
          { next: 42, word: 'hi' },
          { next: 42, word: 'hi' },
          { next: 42, word: 'hi' },
        ],
      ],
      row_count: [3],
      truncated: [false],
    });
    expect((await run({ sql: 'select * from generate_series(1, 5) as n', max_rows: 2 })).outputs).toMatchObject({
      rows: [[{ n: 1 }, { n: 2 }]],
      truncated: [true],
    });
  });

  it('is read-only unless the node allows writes', async () => {
    const refused = await run({ sql: 'create temp table scratch (n int)' });
    expect(refused.error).toMatchObject({ kind: 'read_only', message: expect.stringContaining('Turn on allow_writes') });
    expect((await run({ sql: 'create temp table scratch (n int)', allow_writes: true })).status).toBe('COMPLETED');
  });

  it('names what the database said', async () => {
    const bad = await run({ sql: 'select * from no_such_table' });
    expect(bad.error?.message).toBe('The database answered: relation "no_such_table" does not exist (SQLSTATE 42P01).');
    const refused = await runBlock('sql.query', { sql: 'select 1' }, {}, { credentials: [database] });
    expect(refused.error).toMatchObject({ kind: 'forbidden_address' });
  });
});
