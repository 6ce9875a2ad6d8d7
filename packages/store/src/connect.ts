import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { withStatementCache } from './statement-cache.ts';
import { WalCheckpointer } from './wal-checkpointer.ts';
import { migrationsFor } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface StoreConnection {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for logs: a file path or the database URL without its password. */
  location: string;
  /**
   * Gives the disk back up to `pages` pages that deleted rows left free (SQLite in incremental auto-vacuum
   * mode; absent on PostgreSQL, whose autovacuum makes the space reusable by itself).
   */
  reclaimSpace?(pages: number): void;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite in dataDir. */
  databaseUrl?: string;
  dataDir: string;
}

const INT8_OID = 20;

/** Opens the database (SQLite by default, PostgreSQL for a postgres:// URL) and applies pending migrations. */
export async function connect(options: ConnectOptions): Promise<StoreConnection> {
  const connection = openConnection(options);
  try {
    await migrate(connection.db, connection.dialect);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return connection;
}

/** Opens the database without migrating it (for migration tests). */
export function openConnection(options: ConnectOptions): StoreConnection {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dataDir);
}

/** The embedded database's file in a data folder. */
export const sqliteFile = (dataDir: string): string => join(dataDir, 'blocksmith.sqlite');

function openSqlite(dataDir: string): StoreConnection {
  mkdirSync(dataDir, { recursive: true });
  const file = sqliteFile(dataDir);
  const database = new BetterSqlite3(file);
  // Space freed by deleting runs goes back to the disk in steps (Store.reclaimSpace). It takes effect on a new
  // database; one made before it keeps its mode until a VACUUM (docs/operations.md).
  database.pragma('auto_vacuum = INCREMENTAL');
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('wal_autocheckpoint = 16000');
  database.pragma('cache_size = -65536');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const checkpointer = new WalCheckpointer(database);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const close = async () => {
    await checkpointer.close();
    await db.destroy();
  };
  // Run to its end in one call: a prepared statement's single step would free one page.
  const reclaimSpace = (pages: number) => database.exec(`pragma incremental_vacuum(${Math.max(0, Math.trunc(pages))})`);
  return { db, dialect: 'sqlite', location: file, reclaimSpace, close };
}

function openPostgres(url: string): StoreConnection {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${url.split(':')[0]}:…").`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Timestamps are bigint columns; pg returns int8 as text unless told otherwise.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // PostgreSQL ending an idle connection (a restart, an administrator, a dropped database) makes the pool
  // emit an error: unheard, it would end the process. The pool drops that connection and opens another when needed.
  pool.on('error', (error) => process.stderr.write(`An idle database connection was closed by the server: ${error.message}\n`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = '';
  return { db, dialect: 'postgres', location: safe.toString(), close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor(dialect) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${(error as Error).message}`);
  }
}
