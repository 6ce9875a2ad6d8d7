import type { Kysely, Migration } from 'kysely';

/**
 * A run's own limit of node runs, chosen when it started (at most the operator's): kept on the run, so the
 * worker that executes it, or resumes it after a restart, stops it at the same count.
 */
export const runNodeLimit: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('graph_runs').addColumn('max_node_runs', 'integer').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('graph_runs').dropColumn('max_node_runs').execute();
  },
};
