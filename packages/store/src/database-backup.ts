import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sqliteFile, type ConnectOptions } from './connect.ts';

/** What a backup file is, by its first bytes. */
type BackupKind = 'sqlite' | 'pg_dump';

const SQLITE_MAGIC = 'SQLite format 3\0';
const PG_DUMP_MAGIC = 'PGDMP';

/**
 * Writes a consistent copy of the database to `target` while the platform
 * keeps running: SQLite as one read of one moment (`copySqlite`),
 * PostgreSQL through `pg_dump` (one snapshot, custom format). Credentials stay encrypted in it: the key is
 * BLOCKSMITH_SECRET_KEY or `secret.key` in the data folder, kept apart.
 */
export async function backupDatabase(options: ConnectOptions, target: string): Promise<{ kind: BackupKind; bytes: number }> {
  if (existsSync(target)) throw new Error(`${target} exists already: name a new file, so no earlier backup is overwritten.`);
  if (options.databaseUrl) {
    await runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`], options.databaseUrl);
  } else {
    const file = sqliteFile(options.dataDir);
    if (!existsSync(file)) throw new Error(`There is no database in ${options.dataDir} (no ${basename(file)}): set BLOCKSMITH_DATA_DIR to the data folder.`);
    copySqlite(file, target);
  }
  return { kind: options.databaseUrl ? 'pg_dump' : 'sqlite', bytes: statSync(target).size };
}

/**
 * Replaces the database with a backup. SQLite: the backup is checked
 * (`integrity_check`, a Blocksmith schema), then moved in place; the database
 * it replaces is kept beside it as `blocksmith.sqlite.before-restore-<time>`.
 * PostgreSQL: `pg_restore --clean` in one transaction, so a failed restore
 * leaves the database as it was. The platform must be stopped (its caches
 * and runs in flight belong to the database it opened).
 */
export async function restoreDatabase(options: ConnectOptions, source: string, now = Date.now()): Promise<{ kept?: string }> {
  const kind = backupKind(source);
  if (options.databaseUrl) {
    if (kind !== 'pg_dump')
      throw new Error(`${source} is not a PostgreSQL backup (blocksmith backup with DATABASE_URL set makes one); this deployment uses PostgreSQL.`);
    await runTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', source], options.databaseUrl);
    return {};
  }
  if (kind !== 'sqlite') throw new Error(`${source} is not a SQLite backup (blocksmith backup without DATABASE_URL makes one); this deployment uses SQLite.`);
  checkSqliteBackup(source);
  const file = sqliteFile(options.dataDir);
  // Copied next to the database first, so the move into place is one rename on the same disk.
  const incoming = join(dirname(file), `.restore-${now}.sqlite`);
  copySqlite(source, incoming);
  let kept: string | undefined;
  if (existsSync(file)) {
    kept = `${file}.before-restore-${now}`;
    // The old database as one file: its write-ahead log folded in, so nothing it held is left behind in a -wal file.
    const old = new BetterSqlite3(file, { fileMustExist: true });
    try {
      old.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      old.close();
    }
    renameSync(file, kept);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  renameSync(incoming, file);
  return kept ? { kept } : {};
}

/**
 * A copy of a SQLite database as of one moment, compacted, in one read
 * transaction (`VACUUM INTO`): writers go on meanwhile, the write-ahead log
 * keeping the moment the copy reads. SQLite's page-by-page online backup
 * starts over whenever another connection writes, so under a steady stream
 * of runs it would never finish.
 */
function copySqlite(source: string, target: string): void {
  const database = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    database.prepare('vacuum into ?').run(target);
  } finally {
    database.close();
  }
}

function backupKind(source: string): BackupKind | undefined {
  if (!existsSync(source)) throw new Error(`There is no file ${source}.`);
  const head = Buffer.alloc(16);
  const fd = openSync(source, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const text = head.toString('latin1');
  return text === SQLITE_MAGIC ? 'sqlite' : text.startsWith(PG_DUMP_MAGIC) ? 'pg_dump' : undefined;
}

/** A backup must be whole and Blocksmith's before it replaces anything. */
function checkSqliteBackup(source: string): void {
  const database = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    const [result] = database.pragma('integrity_check') as { integrity_check: string }[];
    if (result?.integrity_check !== 'ok')
      throw new Error(`${source} is damaged (SQLite's integrity check: ${result?.integrity_check ?? 'no answer'}); nothing was restored.`);
    const tables = database.prepare(`select name from sqlite_master where type = 'table' and name in ('graph_runs', 'kysely_migration')`).all();
    if (tables.length < 2) throw new Error(`${source} is a SQLite database but not a Blocksmith one; nothing was restored.`);
  } finally {
    database.close();
  }
}

/**
 * Runs PostgreSQL's client tool on the database to its end; its complaint is
 * the error. The password goes in the tool's environment, not its arguments,
 * which every user of the host can read.
 */
function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
    const child = spawn(tool, [...args, `--dbname=${url.toString()}`], { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${tool} was not found: install PostgreSQL's client tools (the postgresql-client package) so that ${tool} is on PATH.`)
          : error,
      ),
    );
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim()}`))));
  });
}
