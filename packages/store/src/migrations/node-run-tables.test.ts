import { describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { TEST_DIALECTS } from '../testing/test-databases.ts';
import type { LegacyTables, NodeRunsTable } from './legacy-node-runs.ts';
import { unmigratedDatabases } from './unmigrated-database.ts';

const nodeRunRow = (runId: string, seq: number): NodeRunsTable => ({
  id: `${runId}.${seq}`,
  graph_run_id: runId,
  node_id: `n${seq}`,
  block_id: 'math.arithmetic',
  seq,
  status: 'COMPLETED',
  inputs: JSON.stringify({ a: seq }),
  outputs: JSON.stringify({ result: [seq + 1] }),
  error: null,
  usage: seq === 2 ? JSON.stringify({ inputTokens: 3, outputTokens: 4, costUsd: 0.5 }) : null,
  attempts: 1,
  created_at: 1000 + seq,
  queued_at: null,
  started_at: seq === 1 ? null : 1500 + seq,
  ended_at: 2000 + seq,
});

const graphRunRow = (id: string) => ({
  id,
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
});

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe.each(TEST_DIALECTS)('node-run table migrations on %s', (dialect) => {
  const unmigrated = unmigratedDatabases(dialect);

  /** A database migrated up to `to`, holding the given graph runs and node-run rows. */
  async function databaseAt(to: string, runIds: string[], rows: NodeRunsTable[]) {
    const { database, connection, migrator } = await unmigrated();
    const db = connection.db.withTables<LegacyTables>();
    expect((await migrator.migrateTo(to)).error).toBeUndefined();
    await db.insertInto('graph_runs').values(runIds.map(graphRunRow)).execute();
    await db.insertInto('node_runs').values(rows).execute();
    return { db, migrator, options: database.options };
  }

  it('0006 keeps every node run when re-keying the table, and when going back', async () => {
    const { db, migrator } = await databaseAt('0005-usage', ['run-1'], [nodeRunRow('run-1', 2), nodeRunRow('run-1', 1), nodeRunRow('run-1', 3)]);

    expect((await migrator.migrateTo('0006-node-runs-key')).error).toBeUndefined();
    const rows = await db.selectFrom('node_runs').select(['id', 'seq']).where('graph_run_id', '=', 'run-1').orderBy('seq').execute();
    expect(rows).toEqual([1, 2, 3].map((seq) => ({ id: `run-1.${seq}`, seq })));
    await expect(db.insertInto('node_runs').values(nodeRunRow('run-1', 2)).execute()).rejects.toThrow();

    expect((await migrator.migrateTo('0005-usage')).error).toBeUndefined();
    const back = await db.selectFrom('node_runs').select(['id', 'seq']).orderBy('seq').execute();
    expect(back).toEqual([1, 2, 3].map((seq) => ({ id: `run-1.${seq}`, seq })));
  });

  it('0007 turns node-run rows into batches that read back the same, and batches back into rows', async () => {
    // More rows than one copying page, so a run's rows span pages.
    const long = range(1, 450).map((seq) => nodeRunRow('run-long', seq));
    const { db, migrator, options } = await databaseAt(
      '0006-node-runs-key',
      ['run-long', 'run-short'],
      [...long, ...[3, 1, 2].map((seq) => nodeRunRow('run-short', seq))],
    );

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const store = await Store.open(options);
    const longRuns = await store.runs.nodeRuns('run-long');
    expect(longRuns.map((r) => r.seq)).toEqual(range(1, 450));
    const short = await store.runs.nodeRuns('run-short');
    expect(short[0]).toEqual({
      id: 'run-short.1',
      graphRunId: 'run-short',
      nodeId: 'n1',
      blockId: 'math.arithmetic',
      seq: 1,
      status: 'COMPLETED',
      inputs: { a: 1 },
      outputs: { result: [2] },
      attempts: 1,
      createdAt: 1001,
      endedAt: 2001,
    });
    expect(short[1]).toMatchObject({ startedAt: 1502, usage: { inputTokens: 3, outputTokens: 4, costUsd: 0.5 } });

    // A later save of a migrated node run is read instead of it, and kept when going back.
    store.runStore.saveNodeRun({ ...short[1]!, status: 'FAILED', error: { message: 'again', kind: 'failed' } });
    await store.runStore.flush();
    expect((await store.runs.nodeRuns('run-short')).map((r) => r.status)).toEqual(['COMPLETED', 'FAILED', 'COMPLETED']);
    await store.close();

    expect((await migrator.migrateTo('0006-node-runs-key')).error).toBeUndefined();
    const back = await db.selectFrom('node_runs').selectAll().orderBy('graph_run_id').orderBy('seq').execute();
    expect(back).toHaveLength(453);
    expect(back.find((r) => r.id === 'run-short.2')).toMatchObject({ status: 'FAILED', error: JSON.stringify({ message: 'again', kind: 'failed' }) });
    expect(back.find((r) => r.id === 'run-long.450')).toEqual(nodeRunRow('run-long', 450));
  });
});
