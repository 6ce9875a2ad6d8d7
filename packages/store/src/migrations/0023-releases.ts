import type { Kysely, Migration } from 'kysely';

/**
 * Releases: named aliases of an agent (production, staging, …) that point at a version, optionally behind
 * a gate (a passing evaluation on a dataset), and the history of every move of an alias. Webhooks and
 * schedules may name an alias to run; without one they run the agent's production alias when it has one,
 * else its latest version — so the triggers of an agent without aliases run what they ran before.
 */
export const releases: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('graph_aliases')
      .addColumn('graph_id', 'text', (c) => c.notNull().references('graphs.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('gate_dataset_id', 'text', (c) => c.references('datasets.id').onDelete('set null'))
      .addColumn('gate_min_score', 'double precision')
      .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('graph_aliases_key', ['graph_id', 'name'])
      .execute();
    await db.schema
      .createTable('graph_releases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('graph_id', 'text', (c) => c.notNull().references('graphs.id').onDelete('cascade'))
      .addColumn('alias', 'text', (c) => c.notNull())
      .addColumn('version', 'integer')
      .addColumn('from_version', 'integer')
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('evaluation_id', 'text', (c) => c.references('evaluations.id').onDelete('set null'))
      .addColumn('note', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('graph_releases_by_agent').on('graph_releases').columns(['graph_id', 'created_at']).execute();
    await db.schema.alterTable('webhooks').addColumn('alias', 'text').execute();
    await db.schema.alterTable('schedules').addColumn('alias', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('schedules').dropColumn('alias').execute();
    await db.schema.alterTable('webhooks').dropColumn('alias').execute();
    await db.schema.dropTable('graph_releases').execute();
    await db.schema.dropTable('graph_aliases').execute();
  },
};
