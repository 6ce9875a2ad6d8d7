import type { Kysely, Migration } from 'kysely';

/** Outputs pinned on an agent's nodes in the editor: the editor's working data, outside its versions; gone with the agent. */
export const graphPins: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('graph_pins')
      .addColumn('graph_id', 'text', (c) => c.notNull().references('graphs.id').onDelete('cascade'))
      .addColumn('node_id', 'text', (c) => c.notNull())
      .addColumn('outputs', 'text', (c) => c.notNull())
      .addColumn('from_run_id', 'text')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('graph_pins_key', ['graph_id', 'node_id'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('graph_pins').execute();
  },
};
