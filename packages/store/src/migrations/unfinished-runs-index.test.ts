import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../schema.ts';
import { TEST_DIALECTS } from '../testing/test-databases.ts';
import { unmigratedDatabases } from './unmigrated-database.ts';

/** The query RunsRepository.unfinished makes; 0012 added REVIEW to it and to the index. */
const UNFINISHED = sql`select id from graph_runs where status in ('QUEUED', 'RUNNING', 'REVIEW') order by created_at`;

describe.each(TEST_DIALECTS)('0008 (and 0012) unfinished-runs index on %s', (dialect) => {
  const unmigrated = unmigratedDatabases(dialect);

  async function plan(db: Kysely<Database>): Promise<string> {
    if (dialect === 'sqlite') return JSON.stringify((await sql`explain query plan ${UNFINISHED}`.execute(db)).rows);
    // A test table is tiny; without this PostgreSQL scans it whatever the indexes.
    await sql`set enable_seqscan = off`.execute(db);
    return JSON.stringify((await sql`explain ${UNFINISHED}`.execute(db)).rows);
  }

  it('serves the unfinished-runs query from a partial index, and goes back to the status index', async () => {
    const { connection, migrator } = await unmigrated();
    const { db } = connection;
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const row = (id: string, status: string, createdAt: number) => ({
      id,
      graph_name: 'g',
      depth: 0,
      status,
      inputs: '{}',
      outputs: '{}',
      created_at: createdAt,
    });
    await db
      .insertInto('graph_runs')
      .values([row('done', 'COMPLETED', 1), row('later', 'QUEUED', 3), row('now', 'RUNNING', 2), row('waiting', 'REVIEW', 4)])
      .execute();

    expect((await UNFINISHED.execute(db)).rows).toEqual([{ id: 'now' }, { id: 'later' }, { id: 'waiting' }]);
    expect(await plan(db)).toContain('graph_runs_unfinished');

    expect((await migrator.migrateTo('0007-node-run-batches')).error).toBeUndefined();
    expect(await plan(db)).toContain('graph_runs_status');
    expect((await UNFINISHED.execute(db)).rows).toEqual([{ id: 'now' }, { id: 'later' }, { id: 'waiting' }]);
  });
});
