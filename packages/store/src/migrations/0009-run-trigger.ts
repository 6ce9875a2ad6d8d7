import type { Kysely, Migration } from 'kysely';

/** What started each run (JSON: manual, api, webhook, schedule, rerun); runs from before it have none. */
export const runTrigger: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('graph_runs').addColumn('trigger', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('graph_runs').dropColumn('trigger').execute();
  },
};
