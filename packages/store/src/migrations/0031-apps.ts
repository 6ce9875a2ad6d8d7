import type { Kysely, Migration } from 'kysely';

/**
 * App pages: an agent published as a page at /apps/<slug> (at most one per agent), who may open it, and its
 * limits. `app_runs` ties each run a visitor started to the app and to a hash of the visitor's cookie, so a
 * visitor reaches their own runs only; `app_uploads` does the same for the files a visitor uploaded as inputs.
 * A chat app (`kind` chat) keeps each visitor's conversations and their messages; a message names the run
 * that answered it, and outlives that run. An agent's, run's or workspace's deletion takes its rows with it.
 */
export const apps: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('apps')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('graph_id', 'text', (c) => c.notNull().unique().references('graphs.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('form'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('access', 'text', (c) => c.notNull())
      .addColumn('link_key', 'text')
      .addColumn('runs_per_minute', 'integer', (c) => c.notNull())
      .addColumn('daily_budget', 'text')
      .addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('published_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('app_runs')
      .addColumn('run_id', 'text', (c) => c.primaryKey().references('graph_runs.id').onDelete('cascade'))
      .addColumn('app_id', 'text', (c) => c.notNull().references('apps.id').onDelete('cascade'))
      .addColumn('visitor_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('app_runs_by_visitor').on('app_runs').columns(['app_id', 'visitor_hash', 'created_at']).execute();
    await db.schema.createIndex('app_runs_by_time').on('app_runs').columns(['app_id', 'created_at']).execute();
    await db.schema
      .createTable('app_uploads')
      .addColumn('file_id', 'text', (c) => c.primaryKey().references('files.id').onDelete('cascade'))
      .addColumn('app_id', 'text', (c) => c.notNull().references('apps.id').onDelete('cascade'))
      .addColumn('visitor_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('app_uploads_by_time').on('app_uploads').columns(['app_id', 'created_at']).execute();
    await db.schema
      .createTable('app_conversations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('app_id', 'text', (c) => c.notNull().references('apps.id').onDelete('cascade'))
      .addColumn('visitor_hash', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('app_conversations_by_visitor').on('app_conversations').columns(['app_id', 'visitor_hash', 'updated_at']).execute();
    await db.schema.createIndex('app_conversations_by_time').on('app_conversations').columns(['app_id', 'updated_at']).execute();
    await db.schema
      .createTable('app_messages')
      .addColumn('conversation_id', 'text', (c) => c.notNull().references('app_conversations.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('run_id', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('app_messages_pk', ['conversation_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('app_messages').execute();
    await db.schema.dropTable('app_conversations').execute();
    await db.schema.dropTable('app_uploads').execute();
    await db.schema.dropTable('app_runs').execute();
    await db.schema.dropTable('apps').execute();
  },
};
