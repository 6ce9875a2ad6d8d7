import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect.ts';

const COLUMNS = sql.raw(
  'id, graph_run_id, node_id, block_id, seq, status, inputs, outputs, error, usage, attempts, created_at, queued_at, started_at, ended_at',
);

/**
 * Node runs keyed by (graph run, seq), the order they are read in: one index
 * to maintain per row instead of three. Node runs are the most written rows —
 * one per block executed — so each index they carry is paid on every run.
 * On SQLite the table also drops its hidden rowid (the key is the table).
 */
export function nodeRunsKey(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect === 'postgres') {
        await sql`alter table node_runs drop constraint node_runs_pkey`.execute(db);
        await sql`drop index node_runs_run`.execute(db);
        await sql`alter table node_runs add primary key (graph_run_id, seq)`.execute(db);
        return;
      }
      await sql`create table node_runs_keyed (
        id text not null, graph_run_id text not null, node_id text not null, block_id text not null, seq integer not null,
        status text not null, inputs text not null, outputs text not null, error text, usage text, attempts integer not null,
        created_at bigint not null, queued_at bigint, started_at bigint, ended_at bigint,
        primary key (graph_run_id, seq)
      ) without rowid`.execute(db);
      await sql`insert into node_runs_keyed (${COLUMNS}) select ${COLUMNS} from node_runs`.execute(db);
      await sql`drop table node_runs`.execute(db);
      await sql`alter table node_runs_keyed rename to node_runs`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (dialect === 'postgres') {
        await sql`alter table node_runs drop constraint node_runs_pkey`.execute(db);
        await sql`alter table node_runs add primary key (id)`.execute(db);
        await sql`create index node_runs_run on node_runs (graph_run_id, seq)`.execute(db);
        return;
      }
      await sql`create table node_runs_by_id (
        id text primary key, graph_run_id text not null, node_id text not null, block_id text not null, seq integer not null,
        status text not null, inputs text not null, outputs text not null, error text, usage text, attempts integer not null,
        created_at bigint not null, queued_at bigint, started_at bigint, ended_at bigint
      )`.execute(db);
      await sql`insert into node_runs_by_id (${COLUMNS}) select ${COLUMNS} from node_runs`.execute(db);
      await sql`drop table node_runs`.execute(db);
      await sql`alter table node_runs_by_id rename to node_runs`.execute(db);
      await sql`create index node_runs_run on node_runs (graph_run_id, seq)`.execute(db);
    },
  };
}
