import type { Credential } from '@blocksmith/sdk';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';

/**
 * Read-only must mean that no text sent in that mode changes data. Each escape below tries
 * to write to a table holding one row; after each, the row must be the only one, unchanged,
 * the table must still be there, and no large object may have appeared. Run against the
 * machine's PostgreSQL and MariaDB.
 */
const table = `blocksmith_read_only_${process.pid}`;
const open = { allowPrivateNetwork: true };

const POSTGRES_ESCAPES = [
  `insert into ${table} values (666)`,
  `commit; insert into ${table} values (666)`,
  `rollback; insert into ${table} values (666)`,
  `end; insert into ${table} values (666)`,
  `abort; insert into ${table} values (666)`,
  `set transaction read write; insert into ${table} values (666)`,
  `set session characteristics as transaction read write; commit; insert into ${table} values (666)`,
  `start transaction read write; insert into ${table} values (666)`,
  `begin; insert into ${table} values (666)`,
  `savepoint s; insert into ${table} values (666)`,
  `reset all; commit; insert into ${table} values (666)`,
  `select 1; insert into ${table} values (666)`,
  `values (1); commit; insert into ${table} values (666)`,
  `(select 1); insert into ${table} values (666)`,
  `/* c */ commit; insert into ${table} values (666)`,
  `/* nested /* comment */ */ COMMIT; insert into ${table} values (666)`,
  `-- c\ncommit; insert into ${table} values (666)`,
  `  (  CoMmIt  ) ; insert into ${table} values (666)`,
  `select set_config('transaction_read_only', 'off', true); insert into ${table} values (666)`,
  `select set_config('default_transaction_read_only', 'off', false); commit; insert into ${table} values (666)`,
  `prepare p as insert into ${table} values (666); execute p`,
  `do $$ begin insert into ${table} values (666); end $$`,
  `do $$ begin commit; set transaction read write; insert into ${table} values (666); end $$`,
  `with x as (insert into ${table} values (666) returning n) select * from x`,
  `explain analyze insert into ${table} values (666)`,
  `update ${table} set n = 666`,
  `delete from ${table}`,
  `truncate ${table}`,
  `drop table ${table}`,
  `alter table ${table} rename to ${table}_moved`,
  `copy ${table} from program 'echo 666'`,
  `select lo_import('/etc/hostname')`,
  `select lo_from_bytea(0, 'x')`,
  `select "lo_create" (0)`,
  `select U&"lo\\005fcreate"(0)`,
  `lock table ${table}; insert into ${table} values (666)`,
  `call no_such_procedure()`,
  `set session characteristics as transaction read write`,
  `discard all; insert into ${table} values (666)`,
];

const MYSQL_ESCAPES = [
  `insert into ${table} values (666)`,
  `replace into ${table} values (666)`,
  `commit; insert into ${table} values (666)`,
  `rollback; insert into ${table} values (666)`,
  `set session transaction read write; insert into ${table} values (666)`,
  `set transaction read write; insert into ${table} values (666)`,
  `set session transaction read write`,
  `start transaction read write; insert into ${table} values (666)`,
  `begin; insert into ${table} values (666)`,
  `commit`,
  `/*! commit */; insert into ${table} values (666)`,
  `/*!50000 set session transaction read write */`,
  `/*M! commit */`,
  `# c\ncommit; insert into ${table} values (666)`,
  `-- c\ncommit; insert into ${table} values (666)`,
  `/* c */ COMMIT; insert into ${table} values (666)`,
  `select 1; insert into ${table} values (666)`,
  `xa start 'x'; insert into ${table} values (666)`,
  `execute immediate 'insert into ${table} values (666)'`,
  `prepare s from 'insert into ${table} values (666)'; execute s`,
  `lock tables ${table} write; insert into ${table} values (666)`,
  `do 1; insert into ${table} values (666)`,
  `update ${table} set n = 666`,
  `delete from ${table}`,
  `truncate table ${table}`,
  `drop table ${table}`,
  `alter table ${table} add column m int`,
  `create table ${table}_copy as select * from ${table}`,
  `rename table ${table} to ${table}_moved`,
  `select 666 into outfile '/tmp/${table}.txt'`,
  `call no_such_procedure()`,
  `handler ${table} open`,
];

describe('sql.query read-only mode on PostgreSQL', () => {
  const credential: Credential = { id: 'db', kind: 'postgres', fields: { url: 'postgres://postgres@127.0.0.1:5432/test' } };
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`drop table if exists ${table}; drop table if exists ${table}_moved; create table ${table} (n int)`);
  });
  beforeEach(async () => {
    await admin.query(`delete from ${table}; insert into ${table} values (1)`);
  });
  afterAll(async () => {
    await admin.query(`drop table if exists ${table}; drop table if exists ${table}_moved`);
    await admin.end();
  });

  // What PostgreSQL lets a read-only transaction write (large objects) runs, and is rolled back.
  it.each(POSTGRES_ESCAPES)('%s changes nothing', async (sql) => {
    const objects = Number((await admin.query('select count(*) from pg_largeobject_metadata')).rows[0].count);
    const result = await runBlock('sql.query', { sql }, open, { credentials: [credential] });
    if (!/lo_|lo\\005f/.test(sql)) expect(result.status).toBe('FAILED');
    expect((await admin.query(`select n from ${table}`)).rows).toEqual([{ n: 1 }]);
    expect(Number((await admin.query('select count(*) from pg_largeobject_metadata')).rows[0].count)).toBe(objects);
  });

  it('says why a transaction-control statement or a second statement is refused', async () => {
    const control = await runBlock('sql.query', { sql: 'commit' }, open, { credentials: [credential] });
    expect(control.error).toMatchObject({ kind: 'read_only', message: expect.stringContaining('COMMIT changes the transaction or the session') });
    const second = await runBlock('sql.query', { sql: `select 1; insert into ${table} values (666)` }, open, { credentials: [credential] });
    expect(second.error?.message).toContain('cannot insert multiple commands into a prepared statement');
  });

  it('still reads, and writes one statement when the node allows writes', async () => {
    const read = await runBlock('sql.query', { sql: `with t as (select n from ${table}) select n from t` }, open, { credentials: [credential] });
    expect(read.outputs.rows).toEqual([[{ n: 1 }]]);
    const written = await runBlock('sql.query', { sql: `insert into ${table} values (2)`, allow_writes: true }, open, { credentials: [credential] });
    expect(written.outputs.row_count).toEqual([1]);
    expect((await admin.query(`select n from ${table} order by n`)).rows).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('keeps the session read-only even when the URL asks otherwise', async () => {
    const url = `postgres://postgres@127.0.0.1:5432/test?options=${encodeURIComponent('-c default_transaction_read_only=off')}`;
    const result = await runBlock('sql.query', { sql: 'show default_transaction_read_only' }, open, { credentials: [{ ...credential, fields: { url } }] });
    expect(result.outputs.rows).toEqual([[{ default_transaction_read_only: 'on' }]]);
  });
});

describe('sql.query read-only mode on MariaDB', () => {
  const credential: Credential = { id: 'maria', kind: 'mysql', fields: { url: 'mysql://root@127.0.0.1:3306/test' } };
  let admin: mysql.Connection;

  beforeAll(async () => {
    admin = await mysql.createConnection({ host: '127.0.0.1', user: 'root', database: 'test', multipleStatements: true });
    await admin.query(`drop table if exists ${table}, ${table}_copy, ${table}_moved; create table ${table} (n int)`);
  });
  beforeEach(async () => {
    await admin.query(`delete from ${table}; insert into ${table} values (1)`);
  });
  afterAll(async () => {
    await admin.query(`drop table if exists ${table}, ${table}_copy, ${table}_moved`);
    await admin.end();
  });

  it.each(MYSQL_ESCAPES)('refuses %s and changes nothing', async (sql) => {
    const result = await runBlock('sql.query', { sql }, open, { credentials: [credential] });
    expect(result.status).toBe('FAILED');
    const [rows] = await admin.query(`select * from ${table}`);
    expect(rows).toEqual([{ n: 1 }]);
    const [copies] = await admin.query(`show tables like '${table}_%'`);
    expect(copies).toEqual([]);
  });

  it.each(['multipleStatements=true', 'flags=%2BMULTI_STATEMENTS', 'connectAttributes=x'])('refuses a URL that sets %s', async (parameter) => {
    const result = await runBlock('sql.query', { sql: 'select 1', allow_writes: true }, open, {
      credentials: [{ ...credential, fields: { url: `mysql://root@127.0.0.1:3306/test?${parameter}` } }],
    });
    expect(result.error?.message).toContain(`The database answered: the connection URL may not set ${parameter.split('=')[0]}`);
  });
});
