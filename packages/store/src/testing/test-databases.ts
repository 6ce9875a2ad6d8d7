import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { ConnectOptions } from '../connect.ts';

/** Admin connection used to create and drop throwaway PostgreSQL databases for tests. */
export const TEST_POSTGRES_URL = process.env.BLOCKSMITH_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  options: ConnectOptions;
  drop(): Promise<void>;
}

export type TestDialect = 'sqlite' | 'postgres';

/** A fresh, empty database of the given dialect: a temp folder for SQLite, a new database on the real PostgreSQL. */
export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'blocksmith-test-'));
  if (dialect === 'sqlite') return { options: { dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  const name = `blocksmith_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    options: { dataDir, databaseUrl: url.toString() },
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const TEST_DIALECTS: TestDialect[] = ['sqlite', 'postgres'];
