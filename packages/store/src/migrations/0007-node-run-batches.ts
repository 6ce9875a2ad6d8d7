import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect.ts';
import { batchBodiesToRows, rowsToBatchBody, type LegacyTables, type NodeRunsTable } from './legacy-node-runs.ts';

// Frozen with the migration: the table as 0007 made it, and (in legacy-node-runs.ts) its body layout.
type Tables = LegacyTables & { node_run_batches: { graph_run_id: string; batch: string; body: string } };

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
        const byRun = new Map<string, NodeRunsTable[]>();
        for (const row of rows) byRun.set(row.graph_run_id, [...(byRun.get(row.graph_run_id) ?? []), row]);
        const batch = `0-${String(page).padStart(10, '0')}`;
        await db
          .insertInto('node_run_batches')
          .values([...byRun].map(([graphRunId, runRows]) => ({ graph_run_id: graphRunId, batch, body: rowsToBatchBody(runRows) })))
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
        const rows = batchBodiesToRows(
          graph_run_id,
          batches.map((b) => b.body),
        );
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
