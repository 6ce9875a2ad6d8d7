import type { GraphRunRecord } from '@blocksmith/engine';
import { ManualClock } from '@blocksmith/engine/testing';
import { Store } from '@blocksmith/store';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunRetention, SWEEP_EVERY_MS } from './run-retention.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;

describe.each(TEST_DIALECTS)('run retention on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let workspaceId: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    workspaceId = (await store.users.create({ email: 'r@x.test', passwordHash: 'h', isOwner: true })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  /** A run that ended `daysAgo` before NOW with `status` (RUNNING: started then, not ended). */
  const run = (id: string, status: GraphRunRecord['status'], daysAgo: number, extra: Partial<GraphRunRecord> = {}) =>
    store.runStore.saveGraphRun({
      id,
      graphName: 'G',
      depth: 0,
      status,
      inputs: {},
      outputs: {},
      workspaceId,
      userId: workspaceId,
      createdAt: NOW - daysAgo * DAY - 1000,
      ...(status === 'RUNNING' ? {} : { endedAt: NOW - daysAgo * DAY }),
      ...extra,
    });
  const exists = async (id: string) => (await store.runs.get(workspaceId, id)) !== undefined;

  it('deletes ended runs past their age, failed ones later, sub-runs with theirs, and never a run that is going', async () => {
    run('old-completed', 'COMPLETED', 15);
    run('old-child', 'COMPLETED', 15, { depth: 1, parentRunId: 'old-completed' });
    run('old-stopped', 'TERMINATED', 15);
    run('recent-completed', 'COMPLETED', 13);
    run('failed-20', 'FAILED', 20);
    run('failed-30', 'FAILED', 30);
    run('running-100', 'RUNNING', 100);
    await store.runStore.flush();
    const retention = new RunRetention(store, { maxAgeDays: 14, failedMaxAgeDays: 28 });
    expect(await retention.sweep(NOW)).toBe(3);
    const kept = {
      'old-completed': false,
      'old-child': false,
      'old-stopped': false,
      'recent-completed': true,
      'failed-20': true,
      'failed-30': false,
      'running-100': true,
    };
    for (const [id, keep] of Object.entries(kept)) expect({ id, kept: await exists(id) }).toEqual({ id, kept: keep });
    // Nothing more to do until time moves on.
    expect(await retention.sweep(NOW)).toBe(0);
    expect(await retention.sweep(NOW + 2 * DAY)).toBe(1);
    expect(await exists('recent-completed')).toBe(false);
  });

  it('keeps failed runs forever when only completed ones have an age, and works off a long backlog in batches', async () => {
    for (let i = 0; i < 130; i++) run(`backlog-${i}`, 'COMPLETED', 40);
    run('failed-old', 'FAILED', 400);
    await store.runStore.flush();
    expect(await new RunRetention(store, { maxAgeDays: 14 }).sweep(NOW)).toBe(130);
    expect(await exists('backlog-129')).toBe(false);
    expect(await exists('failed-old')).toBe(true);
  });

  it("applies an agent's own age and count over the deployment's", async () => {
    const owner = { workspaceId, userId: workspaceId };
    const agent = async (name: string) => (await store.graphs.create(owner, { schemaVersion: 1, name, nodes: [], links: [] })).id;
    const [shortLived, forever, counted, plain] = await Promise.all(['Short-lived', 'Forever', 'Counted', 'Plain'].map(agent));
    await store.graphs.setRetention(workspaceId, shortLived!, { maxAgeDays: 2 });
    await store.graphs.setRetention(workspaceId, forever!, { maxAgeDays: 0 });
    await store.graphs.setRetention(workspaceId, counted!, { maxRuns: 3 });
    run('short-3d', 'COMPLETED', 3, { graphId: shortLived });
    run('short-1d', 'COMPLETED', 1, { graphId: shortLived });
    // Its completed runs have their own age; its failed ones keep the deployment's (here: forever).
    run('short-failed-3d', 'FAILED', 3, { graphId: shortLived });
    run('forever-100d', 'COMPLETED', 100, { graphId: forever });
    for (let i = 1; i <= 5; i++) run(`counted-${i}`, 'COMPLETED', i, { graphId: counted });
    run('counted-going', 'RUNNING', 0, { graphId: counted });
    run('plain-15d', 'COMPLETED', 15, { graphId: plain });
    await store.runStore.flush();
    expect(await new RunRetention(store, { maxAgeDays: 14 }).sweep(NOW)).toBe(4);
    const kept = {
      'short-3d': false,
      'short-1d': true,
      'short-failed-3d': true,
      'forever-100d': true,
      'counted-1': true,
      'counted-2': true,
      'counted-3': true,
      'counted-4': false,
      'counted-5': false,
      'counted-going': true,
      'plain-15d': false,
    };
    for (const [id, keep] of Object.entries(kept)) expect({ id, kept: await exists(id) }).toEqual({ id, kept: keep });
    expect((await store.graphs.summary(workspaceId, counted!))?.retention).toEqual({ maxRuns: 3 });
  });

  it('sweeps on its own every minute, by the clock', async () => {
    const clock = new ManualClock(NOW);
    const retention = new RunRetention(store, { maxAgeDays: 14 }, clock);
    run('swept-by-clock', 'COMPLETED', 20);
    await store.runStore.flush();
    retention.start();
    await expect.poll(() => clock.sleeping).toBe(1);
    // Not at the start: one interval after it.
    expect(await exists('swept-by-clock')).toBe(true);
    clock.set(NOW + SWEEP_EVERY_MS);
    await expect.poll(() => exists('swept-by-clock')).toBe(false);
    await retention.stop();
  });

  it.runIf(dialect === 'sqlite')('gives the freed space back to the disk', async () => {
    const pragma = async (name: string) => Number(Object.values((await sql.raw(`pragma ${name}`).execute(store.connection.db)).rows[0] as object)[0]);
    expect(await pragma('auto_vacuum')).toBe(2);
    for (let i = 0; i < 200; i++) run(`bulky-${i}`, 'COMPLETED', 30, { outputs: { y: ['x'.repeat(8000)] } });
    await store.runStore.flush();
    const before = await pragma('page_count');
    expect(await new RunRetention(store, { maxAgeDays: 14 }).sweep(NOW)).toBe(200);
    expect(await pragma('freelist_count')).toBeLessThan(50);
    expect(await pragma('page_count')).toBeLessThan(before - 300);
  });
});
