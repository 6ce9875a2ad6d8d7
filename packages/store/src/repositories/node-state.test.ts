import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';

describe.each(TEST_DIALECTS)('node state on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let owner: string;
  let other: string;
  let graphId: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    owner = (await store.users.create({ email: `ns-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
    other = (await store.users.create({ email: `ns2-${dialect}@x.test`, passwordHash: 'h', isOwner: false })).id;
    graphId = (await store.graphs.create({ workspaceId: owner, userId: owner }, { schemaVersion: 1, name: 'Feed', nodes: [], links: [] })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("keeps a node's values by key across runs, changes them, and only for the agent's workspace", async () => {
    const scope = { workspaceId: owner, graphId, nodeId: 'feed' };
    expect(await store.nodeState.get(scope, 'seen')).toBeUndefined();
    await store.nodeState.set(scope, 'seen', ['a', 'b']);
    await store.nodeState.set(scope, 'seen', ['c', 'a', 'b']);
    expect(await store.nodeState.get(scope, 'seen')).toEqual(['c', 'a', 'b']);
    expect(await store.nodeState.get({ ...scope, nodeId: 'other' }, 'seen')).toBeUndefined();
    expect(await store.nodeState.get({ ...scope, workspaceId: other }, 'seen')).toBeUndefined();
    await expect(store.nodeState.set({ ...scope, workspaceId: other }, 'seen', [])).rejects.toThrow(/its own agents/);
    await expect(store.nodeState.get({ ...scope, graphId: undefined }, 'seen')).rejects.toThrow(/saved agents/);
  });

  it('forgets the state with the agent', async () => {
    const scope = { workspaceId: owner, graphId, nodeId: 'feed' };
    await store.graphs.delete(owner, graphId);
    expect(await store.nodeState.get(scope, 'seen')).toBeUndefined();
  });
});
