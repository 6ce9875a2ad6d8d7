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

describe('sql.query against the real MariaDB (MySQL protocol)', () => {
  /** The machine's MariaDB (root without a password, database `test`). */
  const maria: Credential = { id: 'db', kind: 'mysql', fields: { url: 'mysql://root@127.0.0.1:3306/test' } };
  const table = `blocksmith_probe_${process.pid}`;
  const runMaria = (inputs: Record<string, unknown>, credential = maria) =>
    runBlock('sql.query', inputs, { allowPrivateNetwork: true }, { credentials: [credential] });

  it('runs a statement with ? parameters and puts out the rows', async () => {
    const result = await runMaria({ sql: 'select ? + 1 as next, ? as word', params: [41, 'hi'] });
    expect(result.outputs).toEqual({ rows: [[{ next: 42, word: 'hi' }]], row_count: [1], truncated: [false] });
  });

  it('is read-only unless the node allows writes, DDL included', async () => {
    const refused = await runMaria({ sql: `create table ${table} (n int)` });
    expect(refused.error).toMatchObject({ kind: 'read_only', message: expect.stringContaining('Turn on allow_writes') });
    try {
      expect((await runMaria({ sql: `create table ${table} (n int)`, allow_writes: true })).status).toBe('COMPLETED');
      const inserted = await runMaria({ sql: `insert into ${table} values (?), (?)`, params: [1, 2], allow_writes: true });
      expect(inserted.outputs).toMatchObject({ rows: [[]], row_count: [2] });
      expect((await runMaria({ sql: `insert into ${table} values (3)` })).error?.kind).toBe('read_only');
      expect((await runMaria({ sql: `select n from ${table} order by n`, max_rows: 1 })).outputs).toMatchObject({ rows: [[{ n: 1 }]], truncated: [true] });
    } finally {
      await runMaria({ sql: `drop table if exists ${table}`, allow_writes: true });
    }
  });

  it('names what the database said, and a refused sign-in', async () => {
    const bad = await runMaria({ sql: 'select * from no_such_table' });
    expect(bad.error?.message).toBe("The database answered: Table 'test.no_such_table' doesn't exist (SQLSTATE 42S02).");
    const stranger = await runMaria({ sql: 'select 1' }, { id: 'db', kind: 'mysql', fields: { url: 'mysql://nobody:wrong@127.0.0.1:3306/test' } });
    expect(stranger.error).toMatchObject({ kind: 'credential', message: expect.stringContaining('The database refused the sign-in: Access denied') });
  });
});
