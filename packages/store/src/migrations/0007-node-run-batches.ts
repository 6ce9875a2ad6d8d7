import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect.ts';
import { groupByRun, mergeNodeRunBatches, nodeRunBatchBody } from '../node-run-batches.ts';
import type { NodeRunBatchesTable } from '../schema.ts';
import { nodeRunToRow, rowToNodeRun, type LegacyTables, type NodeRunsTable } from './legacy-node-runs.ts';

interface Tables extends LegacyTables {
  node_run_batches: NodeRunBatchesTable;
}

/** Rows read or written per statement while copying. */
const PAGE = 400;

/**
 * Node runs kept as one row per graph run and flush (a JSON array) instead of
 * one row per node run: writing the rows cost more than running the nodes.
 * Existing node runs are copied a page at a time; their batch ids sort before
 * any UUIDv7, so they read as older than every later save.
 */
export function nodeRunBatches(dialect: Dialect): Migration {
  const withoutRowid = sql.raw(dialect === 'sqlite' ? ' without rowid' : '');
  return {
    async up(untyped: Kysely<unknown>): Promise<void> {
      const db = untyped as Kysely<Tables>;
      await sql`create table node_run_batches (
        graph_run_id text not null, batch text not null, body text not null,
        primary key (graph_run_id, batch)
      )${withoutRowid}`.execute(db);
      let after: { graph_run_id: string; seq: number } | undefined;
      for (let page = 0; ; page++) {
        let query = db.selectFrom('node_runs').selectAll();
        if (after) query = query.where((eb) => eb(eb.refTuple('graph_run_id', 'seq'), '>', eb.tuple(after!.graph_run_id, after!.seq)));
        const rows = await query.orderBy('graph_run_id').orderBy('seq').limit(PAGE).execute();
        if (rows.length === 0) break;
        after = rows[rows.length - 1];
        const byRun = groupByRun(rows, (row) => row.graph_run_id);
        const batch = `0-${String(page).padStart(10, '0')}`;
        await db
          .insertInto('node_run_batches')
          .values([...byRun].map(([graphRunId, runRows]) => ({ graph_run_id: graphRunId, batch, body: nodeRunBatchBody(runRows.map(rowToNodeRun)) })))
          .execute();
      }
      await sql`drop table node_runs`.execute(db);
    },
    async down(untyped: Kysely<unknown>): Promise<void> {
      const db = untyped as Kysely<Tables>;
      await sql`create table node_runs (
        id text not null, graph_run_id text not null, node_id text not null, block_id text not null, seq integer not null,
        status text not null, inputs text not null, outputs text not null, error text, usage text, attempts integer not null,
        created_at bigint not null, queued_at bigint, started_at bigint, ended_at bigint,
        primary key (graph_run_id, seq)
      )${withoutRowid}`.execute(db);
      const runs = await db.selectFrom('node_run_batches').select('graph_run_id').distinct().execute();
      for (const { graph_run_id } of runs) {
        const batches = await db.selectFrom('node_run_batches').select('body').where('graph_run_id', '=', graph_run_id).orderBy('batch').execute();
        const rows: NodeRunsTable[] = mergeNodeRunBatches(
          graph_run_id,
          batches.map((b) => b.body),
        ).map(nodeRunToRow);
        for (let i = 0; i < rows.length; i += PAGE)
          await db
            .insertInto('node_runs')
            .values(rows.slice(i, i + PAGE))
            .execute();
      }
      await sql`drop table node_run_batches`.execute(db);
    },
  };
}
