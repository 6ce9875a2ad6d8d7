import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { RESOURCE_TABLES } from '../repositories/resource-owners.ts';
import { Store } from '../store.ts';
import { TEST_DIALECTS } from '../testing/test-databases.ts';
import { WORKSPACE_TABLES } from './0020-workspaces.ts';
import { unmigratedDatabases } from './unmigrated-database.ts';

/** One row of every table that belongs to a user, as a database before workspaces held them. */
async function oneOfEverything(db: Kysely<unknown>, userId: string): Promise<Record<string, string>> {
  const at = 1_700_000_000_000;
  const ids = Object.fromEntries(WORKSPACE_TABLES.map((table) => [table, `${table}-1`]));
  const insert = (table: string, row: Record<string, unknown>) =>
    sql`insert into ${sql.table(table)} (${sql.join(Object.keys(row).map((c) => sql.ref(c)))}) values (${sql.join(Object.values(row))})`.execute(db);
  await insert('users', { id: userId, email: 'before@x.test', password_hash: 'h', is_owner: 1, created_at: at });
  await insert('graphs', { id: ids.graphs, user_id: userId, name: 'Old agent', description: '', latest_version: 1, created_at: at, updated_at: at, mcp: 0 });
  await insert('graph_versions', {
    graph_id: ids.graphs,
    version: 1,
    body: JSON.stringify({ schemaVersion: 1, name: 'Old agent', nodes: [], links: [] }),
    created_at: at,
  });
  await insert('graph_runs', {
    id: ids.graph_runs,
    user_id: userId,
    graph_id: ids.graphs,
    graph_version: 1,
    graph_name: 'Old agent',
    depth: 0,
    status: 'COMPLETED',
    inputs: '{}',
    outputs: '{}',
    created_at: at,
  });
  await insert('files', {
    id: ids.files,
    user_id: userId,
    name: 'a.txt',
    content_type: 'text/plain',
    size: 1,
    content: Buffer.from('a'),
    created_at: at,
    origin: 'user-upload',
  });
  await insert('webhooks', { id: ids.webhooks, user_id: userId, graph_id: ids.graphs, name: 'hook', token_hash: 'th', created_at: at });
  await insert('credentials', { id: ids.credentials, user_id: userId, name: 'key', kind: 'http_bearer', secret: 'v1:x', created_at: at, updated_at: at });
  await insert('presets', { id: ids.presets, user_id: userId, graph_id: ids.graphs, name: 'p', inputs: '{}', created_at: at, updated_at: at });
  await insert('schedules', {
    id: ids.schedules,
    user_id: userId,
    graph_id: ids.graphs,
    name: 's',
    cron: '0 9 * * *',
    timezone: 'UTC',
    enabled: 0,
    catch_up: 'skip',
    overlap: 'allow',
    created_at: at,
    updated_at: at,
  });
  await insert('reviews', {
    id: ids.reviews,
    user_id: userId,
    run_id: ids.graph_runs,
    node_run_id: `${ids.graph_runs}.1`,
    node_id: 'ask',
    wait_key: 'k',
    message: 'm',
    data: '{}',
    editable: 0,
    status: 'pending',
    created_at: at,
    parked: 0,
  });
  await insert('copilot_sessions', { id: ids.copilot_sessions, user_id: userId, title: 'Chat', model: 'm', created_at: at, updated_at: at });
  await insert('memories', { id: ids.memories, user_id: userId, namespace: 'n', text: 't', metadata: '{}', model: 'm', embedding: '[]', created_at: at });
  await insert('oauth_states', {
    state_hash: ids.oauth_states,
    user_id: userId,
    provider: 'github',
    name: 'gh',
    verifier: 'v',
    redirect_uri: 'http://x',
    created_at: at,
  });
  await insert('api_keys', { id: ids.api_keys, user_id: userId, name: 'ci', prefix: 'bsk_', key_hash: 'kh', created_at: at });
  return ids;
}

describe.each(TEST_DIALECTS)('the workspaces migration on %s', (dialect) => {
  const unmigrated = unmigratedDatabases(dialect);

  it("moves everything of a database from before workspaces into its owner's personal workspace", async () => {
    const { connection, migrator, database } = await unmigrated();
    expect((await migrator.migrateTo('0019-graph-pins')).error).toBeUndefined();
    const userId = 'owner-before-workspaces';
    const ids = await oneOfEverything(connection.db as Kysely<unknown>, userId);
    await connection.close();

    const store = await Store.open(database.options);
    try {
      expect(await store.workspaces.listFor(userId)).toEqual([{ id: userId, name: 'Personal', personal: true, createdAt: 1_700_000_000_000, role: 'owner' }]);
      for (const table of WORKSPACE_TABLES) {
        const key = table === 'oauth_states' ? 'state_hash' : 'id';
        const row = await sql<{
          workspace_id: string;
          user_id: string;
        }>`select workspace_id, user_id from ${sql.table(table)} where ${sql.ref(key)} = ${ids[table]}`.execute(store.connection.db);
        expect(row.rows, table).toEqual([{ workspace_id: userId, user_id: userId }]);
      }
      // The kinds of things that existed before workspaces (datasets and evaluations came after).
      for (const [kind, table] of Object.entries(RESOURCE_TABLES).filter(([, table]) => (WORKSPACE_TABLES as readonly string[]).includes(table))) {
        expect(await store.owners.of(kind as keyof typeof RESOURCE_TABLES, ids[table]!), kind).toEqual({ workspaceId: userId, userId });
      }
      // And the repositories find them there.
      expect((await store.graphs.list(userId, { limit: 10, offset: 0 })).graphs.map((g) => g.name)).toEqual(['Old agent']);
      expect((await store.runs.list(userId, { limit: 10, offset: 0 })).total).toBe(1);
      expect(await store.apiKeys.ownerFor('kh')).toEqual({ workspaceId: userId, userId });
      expect(await store.webhooks.resolve('th')).toMatchObject({ workspaceId: userId, userId, graphId: ids.graphs });
      // A user made after the migration gets a personal workspace too.
      const later = await store.users.create({ email: 'after@x.test', passwordHash: 'h', isOwner: false });
      expect(await store.workspaces.roleOf(later.id, later.id)).toBe('owner');
    } finally {
      await store.close();
    }
  });
});
