import type { Kysely, Migration } from 'kysely';

/** Model tokens and cost per node run and per graph run (JSON, absent when no model was called). */
export const usage: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('graph_runs').addColumn('usage', 'text').execute();
    await db.schema.alterTable('node_runs').addColumn('usage', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('node_runs').dropColumn('usage').execute();
    await db.schema.alterTable('graph_runs').dropColumn('usage').execute();
  },
};
