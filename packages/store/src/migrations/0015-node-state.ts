import type { Kysely, Migration } from 'kysely';

/** What nodes keep across runs of their agent (`ctx.state`), by agent, node and key; gone with the agent. */
export const nodeState: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('node_state')
      .addColumn('graph_id', 'text', (c) => c.notNull().references('graphs.id').onDelete('cascade'))
      .addColumn('node_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('node_state_key', ['graph_id', 'node_id', 'key'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('node_state').execute();
  },
};
