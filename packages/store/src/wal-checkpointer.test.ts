import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WalCheckpointer } from './wal-checkpointer.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function openWal(): { database: BetterSqlite3.Database; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'blocksmith-wal-'));
  dirs.push(dir);
  const file = join(dir, 'db.sqlite');
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('wal_autocheckpoint = 1000');
  return { database, file };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('WalCheckpointer', () => {
  it('copies committed pages into the database file while the connection never checkpoints', async () => {
    const { database, file } = openWal();
    const checkpointer = new WalCheckpointer(database);
    expect(database.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    database.exec('create table t (v text)');
    const insert = database.prepare('insert into t values (?)');
    const before = statSync(file).size;
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(4000));
    await until(() => statSync(file).size > before + 500 * 1024);
    await checkpointer.close();
    expect(database.prepare('select count(*) as n from t').get()).toEqual({ n: 200 });
    database.close();
  });

  it('gives checkpoints back to the connection when its worker cannot run', async () => {
    const { database, file } = openWal();
    // The worker opens the database by its path: with the folder gone, it fails to start.
    rmSync(join(file, '..'), { recursive: true, force: true });
    const reports: string[] = [];
    new WalCheckpointer(database, (message) => reports.push(message));
    await until(() => database.pragma('wal_autocheckpoint', { simple: true }) === 1000);
    expect(reports.join('\n')).toMatch(/checkpoint worker stopped/);
    database.close();
  });
});
