import type { GraphFile } from '@blocksmith/engine';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteFile } from './connect.ts';
import { backupDatabase, restoreDatabase } from './database-backup.ts';
import { Store } from './store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from './testing/test-databases.ts';

const graphFile = (name: string): GraphFile => ({ schemaVersion: 1, name, nodes: [{ id: 'a', block: 'math.arithmetic', inputs: { a: 1, b: 2 } }], links: [] });

describe.each(TEST_DIALECTS)('backup and restore on %s', (dialect) => {
  let database: TestDatabase;
  let folder: string;
  let store: Store;
  let owner: { workspaceId: string; userId: string };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    folder = await mkdtemp(join(tmpdir(), 'blocksmith-backup-'));
    store = await Store.open(database.options);
    const user = await store.users.create({ email: 'b@x.test', passwordHash: 'h', isOwner: true });
    owner = { workspaceId: user.id, userId: user.id };
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  const names = async (): Promise<string[]> => (await store.graphs.list(owner.workspaceId, { limit: 100, offset: 0 })).graphs.map((graph) => graph.name).sort();

  it('copies the database while it is being written, and puts that copy back: what came after it is gone', async () => {
    await store.graphs.create(owner, graphFile('before'));
    // Writes go on while the copy is made; the copy holds a consistent moment of them.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) await store.graphs.create(owner, graphFile(`during ${written++}`));
    })();
    const target = join(folder, `${dialect}.backup`);
    const { bytes, kind } = await backupDatabase(database.options, target);
    writing = false;
    await writer;
    expect(kind).toBe(dialect === 'sqlite' ? 'sqlite' : 'pg_dump');
    expect(bytes).toBeGreaterThan(0);
    await store.graphs.create(owner, graphFile('after'));
    await store.close();

    const { kept } = await restoreDatabase(database.options, target, 1234);
    store = await Store.open(database.options);
    const restored = await names();
    expect(restored).toContain('before');
    expect(restored).not.toContain('after');
    expect(restored.filter((name) => name.startsWith('during')).length).toBeLessThanOrEqual(written);
    if (dialect === 'sqlite') {
      // The database it replaced stays beside it, whole.
      expect(kept).toBe(`${sqliteFile(database.options.dataDir)}.before-restore-1234`);
      const before = await Store.open({ dataDir: await copyAside(kept!) });
      expect((await before.graphs.list(owner.workspaceId, { limit: 100, offset: 0 })).graphs.map((graph) => graph.name)).toContain('after');
      await before.close();
    }
  });

  it('refuses to overwrite a file, and to restore what is not a backup of this kind of database', async () => {
    const target = join(folder, `${dialect}-exists`);
    writeFileSync(target, 'x');
    await expect(backupDatabase(database.options, target)).rejects.toThrow(`${target} exists already`);
    const notABackup = join(folder, 'not-a-backup');
    writeFileSync(notABackup, 'hello, this is text');
    await expect(restoreDatabase(database.options, notABackup)).rejects.toThrow('is not a');
    await expect(restoreDatabase(database.options, join(folder, 'missing'))).rejects.toThrow('There is no file');
    expect(await names()).toContain('before');
  });

  /** A data folder of its own holding a copy of `file` as its database. */
  async function copyAside(file: string): Promise<string> {
    const dataDir = await mkdtemp(join(tmpdir(), 'blocksmith-kept-'));
    await import('node:fs/promises').then((fs) => fs.copyFile(file, sqliteFile(dataDir)));
    return dataDir;
  }
});

describe('restoring SQLite', () => {
  it('refuses a damaged file and a SQLite database that is not Blocksmith, changing nothing', async () => {
    const { options, drop } = await createTestDatabase('sqlite');
    const store = await Store.open(options);
    await store.close();
    const folder = await mkdtemp(join(tmpdir(), 'blocksmith-restore-'));
    const foreign = join(folder, 'foreign.sqlite');
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const other = new BetterSqlite3(foreign);
    other.exec('create table notes (body text)');
    other.close();
    await expect(restoreDatabase(options, foreign)).rejects.toThrow('not a Blocksmith one; nothing was restored');
    const damaged = join(folder, 'damaged.sqlite');
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(sqliteFile(options.dataDir));
    bytes.fill(0xff, 4096, 12288);
    writeFileSync(damaged, bytes);
    await expect(restoreDatabase(options, damaged)).rejects.toThrow(/damaged|malformed|not a database/);
    expect(existsSync(sqliteFile(options.dataDir))).toBe(true);
    await drop();
    await rm(folder, { recursive: true, force: true });
  });
});
