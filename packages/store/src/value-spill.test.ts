import type { GraphRunRecord, NodeRunRecord } from '@blocksmith/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from './store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from './testing/test-databases.ts';

describe.each(TEST_DIALECTS)('large run values on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open({ ...database.options, inlineOutputBytes: 1024 });
    userId = (await store.users.create({ email: 'a@x.test', passwordHash: 'h', isOwner: true })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  const big = 'ü'.repeat(3000);
  const bigList = Array.from({ length: 500 }, (_, i) => ({ i }));
  const run = (status: GraphRunRecord['status']): GraphRunRecord => ({
    id: `run-${dialect}`,
    workspaceId: userId,
    userId,
    graphName: 'g',
    depth: 0,
    status,
    inputs: {},
    outputs: status === 'COMPLETED' ? { text: [big] } : {},
    createdAt: 1,
  });
  const nodeRun: NodeRunRecord = {
    id: `run-${dialect}.1`,
    graphRunId: `run-${dialect}`,
    nodeId: 'make',
    blockId: 'b',
    seq: 1,
    status: 'COMPLETED',
    inputs: { list: bigList, small: 'kept' },
    outputs: { text: ['short', big] },
    attempts: 1,
    createdAt: 1,
  };

  it('stores values over the inline size as the user’s files once, keeps references in the records, and gives them back whole to a resume', async () => {
    store.runStore.saveGraphRun(run('RUNNING'));
    store.runStore.saveNodeRun(nodeRun);
    await store.runStore.flush();
    // Saved again (a status change), the record reuses its files.
    store.runStore.saveNodeRun({ ...nodeRun });
    store.runStore.saveGraphRun(run('COMPLETED'));
    await store.runStore.flush();

    const [stored] = await store.runs.nodeRuns(nodeRun.graphRunId);
    expect(stored!.outputs.text![0]).toBe('short');
    expect(stored!.outputs.text![1]).toMatchObject({ largeValue: { size: 6000, contentType: 'text/plain', preview: 'ü'.repeat(2000) } });
    expect(stored!.inputs).toMatchObject({ small: 'kept', list: { largeValue: { contentType: 'application/json' } } });
    expect((await store.runs.get(userId, nodeRun.graphRunId))!.outputs.text![0]).toMatchObject({ largeValue: { size: 6000 } });
    const { files } = await store.files.list(userId, { limit: 50, offset: 0 });
    expect(files.map((f) => f.name).sort()).toEqual(['make-input-list.json', 'make-text-1.txt', 'text-0.txt']);

    const [whole] = await store.runs.nodeRunsWhole(nodeRun.graphRunId, userId);
    expect(whole!.outputs.text).toEqual(['short', big]);
    expect(whole!.inputs).toEqual({ list: bigList, small: 'kept' });
  });
});
