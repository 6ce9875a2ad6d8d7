import { sql, type Kysely, type Migration } from 'kysely';

/** The tables whose rows belong to a workspace; `user_id` stays on them as the member who made the row. */
export const WORKSPACE_TABLES = [
  'graphs',
  'graph_runs',
  'files',
  'webhooks',
  'credentials',
  'presets',
  'schedules',
  'reviews',
  'copilot_sessions',
  'memories',
  'oauth_states',
  'api_keys',
] as const;

/** Indexes led by `user_id` (name, table, the columns after it), each replaced by one led by `workspace_id`. */
const REPLACED_INDEXES: [string, string, (typeof WORKSPACE_TABLES)[number], string[]][] = [
  ['graphs_user', 'graphs_by_workspace', 'graphs', ['updated_at']],
  ['graph_runs_user_graph', 'graph_runs_by_workspace', 'graph_runs', ['graph_id', 'created_at']],
  ['files_user', 'files_by_workspace', 'files', ['created_at']],
  ['credentials_user', 'credentials_by_workspace', 'credentials', ['name']],
  ['schedules_by_user', 'schedules_by_workspace', 'schedules', ['graph_id']],
  ['reviews_by_user', 'reviews_by_workspace', 'reviews', ['status', 'created_at']],
  ['copilot_sessions_by_user', 'copilot_sessions_by_workspace', 'copilot_sessions', ['user_id', 'updated_at']],
  ['memories_by_namespace', 'memories_by_workspace', 'memories', ['namespace']],
];

/**
 * Workspaces own agents and everything around them; people are their members with a role. Every user gets a
 * personal workspace whose id is the user's own, so each existing row moves into its owner's personal
 * workspace by copying `user_id`, and no id anyone holds changes.
 */
export const workspaces: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('workspaces')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      // The one user a personal workspace belongs to; null for a shared workspace.
      .addColumn('personal_user_id', 'text', (c) => c.unique().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('workspace_members')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('workspace_members_key', ['workspace_id', 'user_id'])
      .execute();
    await db.schema.createIndex('workspace_members_by_user').on('workspace_members').columns(['user_id']).execute();
    await db.schema
      .createTable('workspace_invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      // SHA-256 of the link's token; the token itself is never stored.
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('ended_at', 'bigint')
      .execute();
    await db.schema.createIndex('workspace_invitations_by_workspace').on('workspace_invitations').columns(['workspace_id', 'created_at']).execute();

    await sql`insert into workspaces (id, name, personal_user_id, created_at) select id, 'Personal', id, created_at from users`.execute(db);
    await sql`insert into workspace_members (workspace_id, user_id, role, created_at) select id, id, 'owner', created_at from users`.execute(db);
    for (const table of WORKSPACE_TABLES) {
      await db.schema
        .alterTable(table)
        .addColumn('workspace_id', 'text', (c) => c.references('workspaces.id').onDelete('cascade'))
        .execute();
      await sql`update ${sql.table(table)} set workspace_id = user_id`.execute(db);
    }
    // Lists are now by workspace: each index by user is replaced by the same one by workspace, so writes cost what they did.
    for (const [old, replacement, table, columns] of REPLACED_INDEXES) {
      await db.schema.dropIndex(old).execute();
      await db.schema
        .createIndex(replacement)
        .on(table)
        .columns(['workspace_id', ...columns])
        .execute();
    }
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const [old, replacement, table, columns] of REPLACED_INDEXES) {
      await db.schema.dropIndex(replacement).execute();
      await db.schema
        .createIndex(old)
        .on(table)
        .columns(['user_id', ...columns.filter((c) => c !== 'user_id')])
        .execute();
    }
    for (const table of WORKSPACE_TABLES) await db.schema.alterTable(table).dropColumn('workspace_id').execute();
    await db.schema.dropTable('workspace_invitations').execute();
    await db.schema.dropTable('workspace_members').execute();
    await db.schema.dropTable('workspaces').execute();
  },
};
