import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';

describe.each(TEST_DIALECTS)('pinned outputs on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let owner: string;
  let other: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    owner = (await store.users.create({ email: `pins-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
    other = (await store.users.create({ email: `pins2-${dialect}@x.test`, passwordHash: 'h', isOwner: false })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  const agent = async () => (await store.graphs.create({ workspaceId: owner, userId: owner }, { schemaVersion: 1, name: 'Pinned', nodes: [], links: [] })).id;

  it('pins, re-pins and unpins outputs per node, for the agent’s owner only', async () => {
    const graphId = await agent();
    expect(await store.pins.list(owner, graphId)).toEqual([]);
    await store.pins.set(owner, graphId, { nodeId: 'ask', outputs: { response: ['first'] }, fromRunId: 'run-1' });
    await store.pins.set(owner, graphId, { nodeId: 'ask', outputs: { response: ['second', 'third'] } });
    await store.pins.set(owner, graphId, { nodeId: 'fetch', outputs: { body: [{ html: '<p>' }] } });
    const pins = await store.pins.list(owner, graphId);
    expect(pins!.map(({ updatedAt: _, ...pin }) => pin)).toEqual([
      { nodeId: 'ask', outputs: { response: ['second', 'third'] } },
      { nodeId: 'fetch', outputs: { body: [{ html: '<p>' }] } },
    ]);
    expect(await store.pins.count(graphId)).toBe(2);

    expect(await store.pins.list(other, graphId)).toBeUndefined();
    expect(await store.pins.set(other, graphId, { nodeId: 'ask', outputs: { response: ['theirs'] } })).toBeUndefined();
    expect(await store.pins.delete(other, graphId, 'ask')).toBe(false);
    expect((await store.pins.list(owner, graphId))![0]!.outputs).toEqual({ response: ['second', 'third'] });

    expect(await store.pins.delete(owner, graphId, 'ask')).toBe(true);
    expect(await store.pins.delete(owner, graphId, 'ask')).toBe(false);
    expect((await store.pins.list(owner, graphId))!.map((p) => p.nodeId)).toEqual(['fetch']);
  });

  it('goes with its agent', async () => {
    const graphId = await agent();
    await store.pins.set(owner, graphId, { nodeId: 'ask', outputs: { response: ['x'] } });
    await store.graphs.delete(owner, graphId);
    expect(await store.pins.count(graphId)).toBe(0);
  });
});
