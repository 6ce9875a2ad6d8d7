import type { Kysely, Migration } from 'kysely';

/**
 * Data tables: rows with typed columns that people edit in the app and agents read and write. A row's
 * values are one JSON object (columns change without a schema change of the database); `position` keeps
 * the order rows were added in, `next_position` on the table hands positions out.
 */
export const dataTables: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('data_tables')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('columns', 'text', (c) => c.notNull())
      .addColumn('next_position', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('data_tables_by_name').unique().on('data_tables').columns(['workspace_id', 'name']).execute();
    await db.schema
      .createTable('data_table_rows')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('table_id', 'text', (c) => c.notNull().references('data_tables.id').onDelete('cascade'))
      .addColumn('position', 'bigint', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('data_table_rows_in_order').on('data_table_rows').columns(['table_id', 'position']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('data_table_rows').execute();
    await db.schema.dropTable('data_tables').execute();
  },
};
