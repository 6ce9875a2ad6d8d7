import type { Kysely, Migration } from 'kysely';

/**
 * Links that show one run's inputs and outputs to anyone who has them. Only a hash of each link's secret is
 * kept; a revoked link keeps its row (when and by whom) and stops working. A run's or workspace's deletion
 * takes its links with it.
 */
export const runShares: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('run_shares')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('run_id', 'text', (c) => c.notNull().references('graph_runs.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute();
    await db.schema.createIndex('run_shares_by_run').on('run_shares').columns(['run_id']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('run_shares').execute();
  },
};
