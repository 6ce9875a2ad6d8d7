import type { GraphRunRecord } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndedNotice } from './event-relay.ts';
import { endedNotice, RunCompletions } from './run-completions.ts';

const read = (notice: string) => JSON.parse(notice) as EndedNotice;

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
    completions.committed(read(endedNotice(final, 1024)));
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
    const notice = read(endedNotice(final, 1024));
    expect(notice).toEqual({ runId: 'r1' });
    completions.committed(notice);
    expect((await done).status).toBe('COMPLETED');
    expect(reads).toBe(2);
  });

  it('resolves the waits of runs that ended while it heard nothing, when told to read them again', async () => {
    const completions = new RunCompletions(store);
    store.runStore.saveGraphRun({ ...record, id: 'r2', status: 'RUNNING' });
    await store.runStore.flush();
    completions.started('r2');
    let final: GraphRunRecord | undefined;
    const done = completions.wait('r2').then((ended) => (final = ended));
    await completions.recheck();
    expect(final).toBeUndefined();
    store.runStore.saveGraphRun({ ...record, id: 'r2', status: 'FAILED', error: 'boom', endedAt: 3 });
    await store.runStore.flush();
    await completions.recheck();
    await done;
    expect(final).toMatchObject({ status: 'FAILED', error: 'boom' });
  });

  it('reads a run it queued once an end was seen, for a wait that comes after it', async () => {
    const completions = new RunCompletions(store);
    completions.started('r1');
    completions.committed({ runId: 'r1', record: { ...record, status: 'COMPLETED' } });
    reads = 0;
    expect((await completions.wait('r1')).status).toBe('COMPLETED');
    expect(reads).toBe(1);
  });
});
