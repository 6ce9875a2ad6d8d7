import type { Kysely, Migration } from 'kysely';

/**
 * Notifications: what a person is told (a run failed, a review waits, a schedule's fire failed, a budget was
 * reached), one row per agent and kind while its digest window is open (`count` grows); `notification_events`
 * holds each event told of once (its primary key: one server wins), and `notification_settings` each person's
 * channels.
 */
export const notifications: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('notifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.references('workspaces.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('link', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('read_at', 'bigint')
      .addColumn('delivered_at', 'bigint')
      .addColumn('delivery', 'text')
      .execute();
    await db.schema.createIndex('notifications_by_user').on('notifications').columns(['user_id', 'updated_at']).execute();
    await db.schema.createIndex('notifications_undelivered').on('notifications').columns(['delivered_at', 'created_at']).execute();
    await db.schema
      .createTable('notification_events')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('notification_events_pk', ['source', 'source_id', 'at'])
      .execute();
    await db.schema
      .createTable('notification_settings')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('email', 'integer', (c) => c.notNull())
      .addColumn('webhook_url', 'text')
      .addColumn('muted_agents', 'text', (c) => c.notNull())
      .execute();
    // The servers' look for new events reads only recent reviews and fires.
    await db.schema.createIndex('reviews_by_time').on('reviews').columns(['created_at']).execute();
    await db.schema.createIndex('schedule_fires_by_time').on('schedule_fires').columns(['created_at']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('schedule_fires_by_time').execute();
    await db.schema.dropIndex('reviews_by_time').execute();
    await db.schema.dropTable('notification_settings').execute();
    await db.schema.dropTable('notification_events').execute();
    await db.schema.dropTable('notifications').execute();
  },
};
