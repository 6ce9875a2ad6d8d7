import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Ended top-level runs by status and end time: what retention prunes (the runs past their age, oldest first)
 * is found without reading the runs it keeps.
 */
export const endedRunsIndex: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create index graph_runs_ended on graph_runs (status, ended_at) where parent_run_id is null and ended_at is not null`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('graph_runs_ended').execute();
  },
};
