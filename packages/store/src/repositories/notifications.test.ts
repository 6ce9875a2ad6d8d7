import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';
import type { NewNotification } from './notifications.ts';

describe.each(TEST_DIALECTS)('notification digests on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let told: NewNotification;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    const userId = (await store.users.create({ email: `n-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
    told = { userId, workspaceId: userId, kind: 'run_failed', subject: 'agent-1', title: '“A” failed', body: 'b', link: '/#/runs/1' };
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('counts events of one window in one notification', async () => {
    await store.notifications.notify(told, 1_000, 0);
    const second = await store.notifications.notify(told, 2_000, 0);
    expect(second.count).toBe(2);
    expect(await store.notifications.list(told.userId, { unreadOnly: false, limit: 10 })).toHaveLength(1);
  });

  it('folds a notification a second server added at the same moment into the first, losing no count', async () => {
    const other = { ...told, subject: 'agent-2' };
    await store.notifications.notify(other, 10_000, 5_000);
    // This server read before the other server's notification was there, so it adds one of its own.
    const repository = store.notifications as unknown as { openDigests(...args: unknown[]): Promise<{ id: string }[]> };
    const read = repository.openDigests.bind(repository);
    repository.openDigests = async () => {
      repository.openDigests = read;
      return [];
    };
    const folded = await store.notifications.notify(other, 10_001, 5_000);
    expect(folded.count).toBe(2);
    const digests = (await store.notifications.list(told.userId, { unreadOnly: false, limit: 10 })).filter((n) => n.subject === 'agent-2');
    expect(digests).toMatchObject([{ id: folded.id, count: 2 }]);
  });
});
