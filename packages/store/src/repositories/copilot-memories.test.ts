import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';

describe.each(TEST_DIALECTS)('copilot memories on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("keeps each member's memories in each workspace apart, newest first, and deletes only the member's own", async () => {
    const ada = (await store.users.create({ email: `ada-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
    const bob = (await store.users.create({ email: `bob-${dialect}@x.test`, passwordHash: 'h', isOwner: false })).id;
    const adaHere = { workspaceId: ada, userId: ada };
    const bobInAdas = { workspaceId: ada, userId: bob };
    const adaInBobs = { workspaceId: bob, userId: ada };
    const first = await store.copilotMemories.add(adaHere, 'Ada works in Europe/Berlin time.');
    const second = await store.copilotMemories.add(adaHere, 'Alerts go to #ops.');
    await store.copilotMemories.add(bobInAdas, 'Bob prefers short answers.');

    expect((await store.copilotMemories.list(adaHere, 10)).map((m) => m.text)).toEqual(['Alerts go to #ops.', 'Ada works in Europe/Berlin time.']);
    expect((await store.copilotMemories.list(adaHere, 1)).map((m) => m.id)).toEqual([second.id]);
    expect(await store.copilotMemories.count(adaHere)).toBe(2);
    expect(await store.copilotMemories.list(adaInBobs, 10)).toEqual([]);
    expect((await store.copilotMemories.list(bobInAdas, 10)).map((m) => m.text)).toEqual(['Bob prefers short answers.']);

    expect(await store.copilotMemories.delete(bobInAdas, first.id)).toBe(false);
    expect(await store.copilotMemories.delete(adaHere, first.id)).toBe(true);
    expect(await store.copilotMemories.delete(adaHere, first.id)).toBe(false);
    expect(await store.copilotMemories.count(adaHere)).toBe(1);
  });
});
