import type { Kysely, Migration } from 'kysely';

/**
 * Presets (named run inputs of a graph), schedules (cron fires of a graph), and one row per
 * schedule and fire time: its primary key is what makes a fire time start at most one run, however
 * many servers share the database.
 */
export const presetsSchedules: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('presets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('graph_id', 'text', (c) => c.notNull().references('graphs.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('inputs', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('presets_by_graph').on('presets').columns(['graph_id', 'created_at']).execute();
    await db.schema
      .createTable('schedules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('graph_id', 'text', (c) => c.notNull().references('graphs.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('cron', 'text', (c) => c.notNull())
      .addColumn('timezone', 'text', (c) => c.notNull())
      .addColumn('inputs', 'text')
      .addColumn('preset_id', 'text', (c) => c.references('presets.id').onDelete('set null'))
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('catch_up', 'text', (c) => c.notNull())
      .addColumn('overlap', 'text', (c) => c.notNull())
      .addColumn('next_fire_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('schedules_due').on('schedules').columns(['enabled', 'next_fire_at']).execute();
    await db.schema.createIndex('schedules_by_user').on('schedules').columns(['user_id', 'graph_id']).execute();
    await db.schema
      .createTable('schedule_fires')
      .addColumn('schedule_id', 'text', (c) => c.notNull().references('schedules.id').onDelete('cascade'))
      .addColumn('fire_time', 'bigint', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('run_id', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('schedule_fires_key', ['schedule_id', 'fire_time'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('schedule_fires').execute();
    await db.schema.dropTable('schedules').execute();
    await db.schema.dropTable('presets').execute();
  },
};
