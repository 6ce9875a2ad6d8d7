import { Migrator } from 'kysely';
import { afterEach } from 'vitest';
import { openConnection, type StoreConnection } from '../connect.ts';
import { createTestDatabase, type TestDatabase, type TestDialect } from '../testing/test-databases.ts';
import { migrationsFor } from './index.ts';

export interface UnmigratedDatabase {
  database: TestDatabase;
  connection: StoreConnection;
  /** Moves the database through the project's migrations, up or down. */
  migrator: Migrator;
}

/**
 * For migration tests: call in a describe block, then in each test for a
 * fresh database of the dialect with no migration applied, closed and dropped
 * after the test.
 */
export function unmigratedDatabases(dialect: TestDialect): () => Promise<UnmigratedDatabase> {
  let opened: UnmigratedDatabase | undefined;
  afterEach(async () => {
    await opened?.connection.close();
    await opened?.database.drop();
    opened = undefined;
  });
  return async () => {
    const database = await createTestDatabase(dialect);
    const connection = openConnection(database.options);
    const migrator = new Migrator({ db: connection.db, provider: { getMigrations: async () => migrationsFor(dialect) } });
    opened = { database, connection, migrator };
    return opened;
  };
}
