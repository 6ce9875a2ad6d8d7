import type { Kysely, Migration } from 'kysely';

/** Whether an agent is offered as a tool to the owner's MCP clients: a setting of the agent, not of a version. */
export const agentMcp: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('graphs')
      .addColumn('mcp', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('graphs').dropColumn('mcp').execute();
  },
};
