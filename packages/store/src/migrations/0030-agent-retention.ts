import { sql, type Kysely, type Migration } from 'kysely';

/**
 * An agent's own retention (JSON: maxAgeDays, failedMaxAgeDays, maxRuns), over the deployment's; and its
 * ended top-level runs by end time, so keeping its newest `maxRuns` reads only its own runs.
 */
export const agentRetention: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('graphs').addColumn('retention', 'text').execute();
    await sql`create index graph_runs_ended_by_graph on graph_runs (graph_id, ended_at) where parent_run_id is null and ended_at is not null`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('graph_runs_ended_by_graph').execute();
    await db.schema.alterTable('graphs').dropColumn('retention').execute();
  },
};
