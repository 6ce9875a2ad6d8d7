import type { Kysely, Migration } from 'kysely';

/**
 * Message triggers: an agent started once per message of a broker's queue or topic. One process at a
 * time consumes a trigger (`held_by` until `held_until`, renewed while it lives), so a message is taken
 * by one consumer however many servers share the database. `status`/`problem` are what that consumer
 * last found (listening, or why not); `last_run_id`/`last_message_at` the latest message it started.
 */
export const messageTriggers: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('message_triggers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('graph_id', 'text', (c) => c.notNull().references('graphs.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('broker', 'text', (c) => c.notNull())
      .addColumn('credential_id', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('preset_id', 'text', (c) => c.references('presets.id').onDelete('set null'))
      .addColumn('alias', 'text')
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('held_by', 'text')
      .addColumn('held_until', 'bigint')
      .addColumn('status', 'text')
      .addColumn('problem', 'text')
      .addColumn('last_run_id', 'text')
      .addColumn('last_message_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('message_triggers_by_graph').on('message_triggers').columns(['workspace_id', 'graph_id']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('message_triggers').execute();
  },
};
