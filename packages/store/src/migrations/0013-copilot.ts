import type { Kysely, Migration } from 'kysely';

/**
 * Copilot sessions and what was said in them, one item per user message or
 * model step; and where each workspace file came from (an upload, or an
 * agent: a block or the copilot). Files written before are taken as uploads.
 */
export const copilot: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('files')
      .addColumn('origin', 'text', (c) => c.notNull().defaultTo('user-upload'))
      .execute();
    await db.schema
      .createTable('copilot_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('credential_id', 'text')
      .addColumn('model', 'text', (c) => c.notNull())
      // The agent a builder's copilot panel works on; null for a chat of its own.
      .addColumn('graph_id', 'text', (c) => c.references('graphs.id').onDelete('set null'))
      .addColumn('usage', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('copilot_sessions_by_user').on('copilot_sessions').columns(['user_id', 'updated_at']).execute();
    await db.schema
      .createTable('copilot_items')
      .addColumn('session_id', 'text', (c) => c.notNull().references('copilot_sessions.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('copilot_items_key', ['session_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('copilot_items').execute();
    await db.schema.dropTable('copilot_sessions').execute();
    await db.schema.alterTable('files').dropColumn('origin').execute();
  },
};
