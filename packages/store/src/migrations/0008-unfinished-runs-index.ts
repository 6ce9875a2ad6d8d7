import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Graph runs indexed by status only while unfinished (QUEUED or RUNNING), the
 * one query that asks by status (resuming and re-queueing). Indexed by status
 * whatever it was, every finished run added an entry, so every commit of a
 * finished run wrote one more page; most runs are finished when first written.
 */
export const unfinishedRunsIndex: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('graph_runs_status').execute();
    await sql`create index graph_runs_unfinished on graph_runs (created_at) where status in ('QUEUED', 'RUNNING')`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('graph_runs_unfinished').execute();
    await db.schema.createIndex('graph_runs_status').on('graph_runs').columns(['status']).execute();
  },
};
