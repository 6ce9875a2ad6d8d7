import { Migrator, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type StoreConnection } from '../connect.ts';
import type { Database } from '../schema.ts';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';
import { migrationsFor } from './index.ts';

const nodeRunRow = (seq: number) => ({
  id: `run-1.${seq}`,
  graph_run_id: 'run-1',
  node_id: `n${seq}`,
  block_id: 'math.arithmetic',
  seq,
  status: 'COMPLETED',
  inputs: JSON.stringify({ a: seq }),
  outputs: JSON.stringify({ result: [seq + 1] }),
  error: null,
  usage: null,
  attempts: 1,
  created_at: 1000 + seq,
  queued_at: null,
  started_at: null,
  ended_at: 2000 + seq,
});

describe.each(TEST_DIALECTS)('migration 0006-node-runs-key on %s', (dialect) => {
  let database: TestDatabase | undefined;
  let connection: StoreConnection | undefined;

  afterEach(async () => {
    await connection?.close();
    await database?.drop();
  });

  it('keeps every node run when re-keying the table, and when going back', async () => {
    database = await createTestDatabase(dialect);
    connection = openConnection(database.options);
    const db = connection.db as Kysely<Database>;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor(connection!.dialect) } });
    expect((await migrator.migrateTo('0005-usage')).error).toBeUndefined();
    await db
      .insertInto('graph_runs')
      .values({
        id: 'run-1',
        user_id: null,
        graph_id: null,
        graph_version: null,
        graph_name: 'g',
        parent_run_id: null,
        depth: 0,
        status: 'COMPLETED',
        inputs: '{}',
        outputs: '{}',
        error: null,
        usage: null,
        created_at: 1,
        started_at: 1,
        ended_at: 2,
      })
      .execute();
    await db
      .insertInto('node_runs')
      .values([nodeRunRow(2), nodeRunRow(1), nodeRunRow(3)])
      .execute();

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const store = await Store.open(database.options);
    const migrated = await store.runs.nodeRuns('run-1');
    expect(migrated.map((r) => [r.id, r.seq, r.outputs])).toEqual([
      ['run-1.1', 1, { result: [2] }],
      ['run-1.2', 2, { result: [3] }],
      ['run-1.3', 3, { result: [4] }],
    ]);
    // A save of an existing node run updates its row under the new key.
    store.runStore.saveNodeRun({ ...migrated[1]!, status: 'FAILED', error: { message: 'again', kind: 'failed' } });
    await store.runStore.flush();
    expect((await store.runs.nodeRuns('run-1')).map((r) => r.status)).toEqual(['COMPLETED', 'FAILED', 'COMPLETED']);
    await store.close();

    expect((await migrator.migrateTo('0005-usage')).error).toBeUndefined();
    const back = await db.selectFrom('node_runs').select(['id', 'seq']).orderBy('seq').execute();
    expect(back).toEqual([
      { id: 'run-1.1', seq: 1 },
      { id: 'run-1.2', seq: 2 },
      { id: 'run-1.3', seq: 3 },
    ]);
  });
});
