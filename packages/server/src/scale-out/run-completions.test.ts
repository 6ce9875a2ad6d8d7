import type { GraphRunRecord } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endedMessage, readEndedMessage, RunCompletions } from './run-completions.ts';

describe('RunCompletions', () => {
  let database: TestDatabase;
  let store: Store;
  let record: GraphRunRecord;
  let reads = 0;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = await Store.open(database.options);
    const user = await store.users.create({ email: 'c@x.test', passwordHash: 'h', isOwner: true });
    record = {
      id: 'r1',
      workspaceId: user.id,
      userId: user.id,
      graphId: 'g1',
      graphName: 'G',
      depth: 0,
      status: 'QUEUED',
      inputs: {},
      outputs: {},
      createdAt: 1,
    };
    store.runStore.saveGraphRun(record);
    await store.runStore.flush();
    const byId = store.runs.byId.bind(store.runs);
    store.runs.byId = (runId: string) => (reads++, byId(runId));
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('waits for the end of a run it queued without reading it, and takes the final record from the announcement', async () => {
    const completions = new RunCompletions(store);
    reads = 0;
    completions.started('r1');
    const done = completions.wait('r1');
    const final: GraphRunRecord = { ...record, status: 'COMPLETED', outputs: { y: [1] }, endedAt: 2 };
    const { runId, record: announced } = readEndedMessage(endedMessage(final, 1024));
    completions.committed(runId, announced);
    expect(await done).toEqual(final);
    expect(reads).toBe(0);
  });

  it('reads the run when the announcement is without its record, and when it waits for a run queued elsewhere', async () => {
    const completions = new RunCompletions(store);
    reads = 0;
    const done = completions.wait('r1');
    const final: GraphRunRecord = { ...record, status: 'COMPLETED', outputs: { y: ['x'.repeat(2000)] }, endedAt: 2 };
    store.runStore.saveGraphRun(final);
    await store.runStore.flush();
    expect(readEndedMessage(endedMessage(final, 1024))).toEqual({ runId: 'r1' });
    completions.committed('r1');
    expect((await done).status).toBe('COMPLETED');
    expect(reads).toBe(2);
  });

  it('reads a run it queued once an end was seen, for a wait that comes after it', async () => {
    const completions = new RunCompletions(store);
    completions.started('r1');
    completions.committed('r1', { ...record, status: 'COMPLETED' });
    reads = 0;
    expect((await completions.wait('r1')).status).toBe('COMPLETED');
    expect(reads).toBe(1);
  });
});
