import type { Kysely, Migration } from 'kysely';

/**
 * An agent's error agent: another agent of its workspace that runs when one of its runs fails, from when it
 * was named (`error_agent_since`). `error_agent_fires` holds one row per failed run it was started for (the
 * primary key makes it once, whichever server gets there first): claimed, then the run it started, or why
 * none could start.
 */
export const errorAgents: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('graphs').addColumn('error_agent_id', 'text').execute();
    await db.schema.alterTable('graphs').addColumn('error_agent_since', 'bigint').execute();
    await db.schema
      .createTable('error_agent_fires')
      .addColumn('failed_run_id', 'text', (c) => c.primaryKey().references('graph_runs.id').onDelete('cascade'))
      .addColumn('claimed_by', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'bigint', (c) => c.notNull())
      .addColumn('error_run_id', 'text')
      .addColumn('problem', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('error_agent_fires').execute();
    await db.schema.alterTable('graphs').dropColumn('error_agent_since').execute();
    await db.schema.alterTable('graphs').dropColumn('error_agent_id').execute();
  },
};
