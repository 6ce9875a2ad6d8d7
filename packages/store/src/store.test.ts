import type { GraphFile, GraphRunRecord, NodeRunRecord } from '@blocksmith/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphVersionConflict } from './repositories/graphs.ts';
import { Store } from './store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from './testing/test-databases.ts';

/** A user's personal workspace has the user's id. */
const personal = (user: { id: string }) => ({ workspaceId: user.id, userId: user.id });

const graphFile = (name: string): GraphFile => ({
  schemaVersion: 1,
  name,
  description: `about ${name}`,
  nodes: [{ id: 'a', block: 'math.arithmetic', inputs: { a: 1, b: 2 } }],
  links: [],
});

describe.each(TEST_DIALECTS)('store on %s', (dialect) => {
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

  it('migrates idempotently: opening again applies nothing new', async () => {
    const again = await Store.open(database.options);
    expect(await again.users.count()).toBe(await store.users.count());
    await again.close();
  });

  it('creates users with unique, case-insensitive emails', async () => {
    const owner = await store.users.create({ email: 'Owner@Example.com', passwordHash: 'h1', isOwner: true });
    expect(owner).toMatchObject({ email: 'owner@example.com', isOwner: true });
    expect(await store.users.findByEmail('OWNER@example.com')).toMatchObject({ id: owner.id, passwordHash: 'h1' });
    await expect(store.users.create({ email: 'owner@example.com', passwordHash: 'h2', isOwner: false })).rejects.toThrow();
  });

  it('keeps sessions until they expire', async () => {
    const user = await store.users.create({ email: `s-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    await store.sessions.create('live', user.id, 60_000);
    await store.sessions.create('dead', user.id, -1);
    expect(await store.sessions.userIdFor('live')).toBe(user.id);
    expect(await store.sessions.userIdFor('dead')).toBeUndefined();
    expect(await store.sessions.deleteExpired()).toBe(1);
    await store.sessions.delete('live');
    expect(await store.sessions.userIdFor('live')).toBeUndefined();
  });

  it('stores API keys by hash and scopes deletion to the owner', async () => {
    const a = await store.users.create({ email: `ka-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const b = await store.users.create({ email: `kb-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const key = await store.apiKeys.create(personal(a), { name: 'ci', prefix: 'bsk_abcd', keyHash: `hash-${dialect}` });
    expect(await store.apiKeys.ownerFor(`hash-${dialect}`)).toEqual(personal(a));
    expect((await store.apiKeys.list(a.id))[0]).toMatchObject({ name: 'ci', prefix: 'bsk_abcd', lastUsedAt: expect.any(Number) });
    expect(await store.apiKeys.delete(b.id, key.id)).toBe(false);
    expect(await store.apiKeys.delete(a.id, key.id)).toBe(true);
    expect(await store.apiKeys.list(a.id)).toEqual([]);
  });

  it('saves graphs as immutable versions, scoped to their user', async () => {
    const a = await store.users.create({ email: `ga-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const b = await store.users.create({ email: `gb-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const created = await store.graphs.create(personal(a), graphFile('First'));
    expect(created).toMatchObject({ name: 'First', latestVersion: 1 });
    expect(await store.graphs.summary(a.id, created.id)).toMatchObject({ latestVersion: 1 });
    const saved = await store.graphs.saveVersion(a.id, created.id, graphFile('Renamed'));
    expect(saved).toMatchObject({ name: 'Renamed', latestVersion: 2 });
    expect(await store.graphs.summary(a.id, created.id)).toMatchObject({ name: 'Renamed', latestVersion: 2 });
    expect((await store.graphs.version(a.id, created.id, 1))?.graph.name).toBe('First');
    expect((await store.graphs.version(a.id, created.id))?.graph.name).toBe('Renamed');
    expect((await store.graphs.versions(a.id, created.id))?.map((v) => v.version)).toEqual([2, 1]);
    expect(await store.graphs.getGraph(created.id, 1, a.id)).toMatchObject({ id: created.id, version: 1, name: 'First' });

    expect(await store.graphs.version(b.id, created.id)).toBeUndefined();
    expect(await store.graphs.saveVersion(b.id, created.id, graphFile('Hijack'))).toBeUndefined();
    expect(await store.graphs.getGraph(created.id, undefined, b.id)).toBeUndefined();
    expect(await store.graphs.delete(b.id, created.id)).toBe(false);
    expect((await store.graphs.list(b.id, { limit: 10, offset: 0 })).total).toBe(0);

    await store.graphs.create(personal(a), graphFile('Weather 100%'));
    expect((await store.graphs.list(a.id, { search: 'weather', limit: 10, offset: 0 })).graphs.map((g) => g.name)).toEqual(['Weather 100%']);
    expect((await store.graphs.list(a.id, { search: '100%', limit: 10, offset: 0 })).total).toBe(1);
    expect((await store.graphs.list(a.id, { limit: 1, offset: 0 })).total).toBe(2);
    expect(await store.graphs.delete(a.id, created.id)).toBe(true);
    expect(await store.graphs.version(a.id, created.id)).toBeUndefined();
  });

  it('keeps an append-only audit log per workspace, read newest first and filtered', async () => {
    const a = await store.users.create({ email: `audit-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const actor = { id: a.id, email: a.email, via: 'session' as const };
    const first = await store.audit.append({ workspaceId: a.id, at: 1, actor, action: 'createGraph', target: 'g1', details: {}, ip: '127.0.0.1' });
    const second = await store.audit.append({ workspaceId: a.id, at: 2, actor, action: 'deleteGraph', target: 'g1', details: { id: 'g1' } });
    await store.audit.append({ workspaceId: 'elsewhere', at: 3, actor, action: 'createGraph', details: {} });
    expect((await store.audit.list(a.id, { limit: 10 })).map((e) => e.id)).toEqual([second.id, first.id]);
    expect(await store.audit.list(a.id, { action: 'createGraph', limit: 10 })).toEqual([first]);
    expect((await store.audit.list(a.id, { before: second.id, limit: 10 })).map((e) => e.id)).toEqual([first.id]);
    expect(await store.audit.list(a.id, { since: 2, limit: 10 })).toEqual([second]);
    const db = store.connection.db;
    await expect(db.updateTable('audit_events').set({ action: 'nothing' }).where('id', '=', first.id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').where('id', '=', first.id).execute()).rejects.toThrow(/append-only/);
    expect(await store.audit.list(a.id, { limit: 10 })).toHaveLength(2);
  });

  it('refuses a save based on a version that is no longer the latest, and saves nothing', async () => {
    const a = await store.users.create({ email: `gc-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const created = await store.graphs.create(personal(a), graphFile('Base'));
    expect(await store.graphs.saveVersion(a.id, created.id, graphFile('First tab'), 1)).toMatchObject({ latestVersion: 2 });
    const second = store.graphs.saveVersion(a.id, created.id, graphFile('Second tab'), 1);
    await expect(second).rejects.toBeInstanceOf(GraphVersionConflict);
    await expect(second).rejects.toMatchObject({ baseVersion: 1, latestVersion: 2 });
    expect((await store.graphs.version(a.id, created.id))?.graph.name).toBe('First tab');
    // Two saves on the same base at once: one wins, the other is told.
    const both = await Promise.allSettled([
      store.graphs.saveVersion(a.id, created.id, graphFile('Tab A'), 2),
      store.graphs.saveVersion(a.id, created.id, graphFile('Tab B'), 2),
    ]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(both.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(GraphVersionConflict)]);
    expect((await store.graphs.summary(a.id, created.id))?.latestVersion).toBe(3);
  });

  it('writes run records behind, in batches, and reads them back scoped to the user', async () => {
    const user = await store.users.create({ email: `r-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const run: GraphRunRecord = {
      id: `run-${dialect}`,
      workspaceId: user.id,
      userId: user.id,
      graphId: 'g1',
      graphVersion: 3,
      graphName: 'G',
      depth: 0,
      status: 'RUNNING',
      inputs: { q: 'x' },
      outputs: {},
      trigger: { kind: 'webhook', webhookId: 'w1' },
      createdAt: 1000,
      startedAt: 1001,
    };
    store.runStore.saveGraphRun(run);
    const nodeRuns: NodeRunRecord[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `${run.id}.${i + 1}`,
      graphRunId: run.id,
      nodeId: `n${i % 7}`,
      blockId: 'math.arithmetic',
      seq: i + 1,
      status: 'RUNNING',
      inputs: { a: i },
      outputs: {},
      attempts: 1,
      createdAt: 1000 + i,
    }));
    for (const nodeRun of nodeRuns) store.runStore.saveNodeRun(nodeRun);
    await store.runStore.flush();
    for (const nodeRun of nodeRuns) {
      nodeRun.status = 'COMPLETED';
      nodeRun.outputs = { result: [nodeRun.seq] };
      nodeRun.endedAt = 5000;
      store.runStore.saveNodeRun(nodeRun);
    }
    nodeRuns[0]!.error = { message: 'm', kind: 'k' };
    nodeRuns[0]!.usage = { inputTokens: 12, outputTokens: 3, costUsd: 0.001, calls: 1, unpricedCalls: 0 };
    run.usage = nodeRuns[0]!.usage;
    run.status = 'COMPLETED';
    run.outputs = { answer: [42] };
    run.endedAt = 6000;
    store.runStore.saveGraphRun(run);
    await store.runStore.flush();

    expect(await store.runs.get(user.id, run.id)).toEqual(run);
    const stored = await store.runs.nodeRuns(run.id);
    expect(stored).toHaveLength(1000);
    expect(stored[0]).toEqual(nodeRuns[0]);
    expect(stored[999]).toMatchObject({ seq: 1000, status: 'COMPLETED', outputs: { result: [1000] } });
    expect((await store.runs.list(user.id, { graphId: 'g1', limit: 10, offset: 0 })).runs.map((r) => r.id)).toEqual([run.id]);
    expect((await store.runs.list(user.id, { status: 'FAILED', limit: 10, offset: 0 })).total).toBe(0);
    store.runStore.saveGraphRun({ ...run, id: `older-${dialect}`, createdAt: 500, status: 'FAILED' });
    await store.runStore.flush();
    expect(await store.runs.latestByGraph(user.id, ['g1', 'none'])).toEqual(new Map([['g1', { runId: run.id, status: 'COMPLETED', createdAt: 1000 }]]));
    const other = await store.users.create({ email: `r2-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    expect((await store.runs.latestByGraph(other.id, ['g1'])).size).toBe(0);
    expect(await store.runs.get(other.id, run.id)).toBeUndefined();
    expect((await store.runs.list(other.id, { limit: 10, offset: 0 })).total).toBe(0);
  });

  it('deletes a run with its sub-runs, node runs and reviews, keeping its schedule fire without it', async () => {
    const user = await store.users.create({ email: `del-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const other = await store.users.create({ email: `del2-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const base = { graphName: 'G', status: 'COMPLETED', inputs: {}, outputs: {}, createdAt: 1, workspaceId: user.id, userId: user.id } as const;
    const ids = { run: `del-${dialect}`, child: `del-child-${dialect}`, grandchild: `del-grand-${dialect}`, kept: `kept-${dialect}` };
    store.runStore.saveGraphRun({ ...base, id: ids.run, depth: 0 });
    store.runStore.saveGraphRun({ ...base, id: ids.child, depth: 1, parentRunId: ids.run });
    store.runStore.saveGraphRun({ ...base, id: ids.grandchild, depth: 2, parentRunId: ids.child });
    store.runStore.saveGraphRun({ ...base, id: ids.kept, depth: 0 });
    // A fan-out of sub-agents: more sub-runs than one statement may name.
    const fanned = Array.from({ length: 600 }, (_, i) => `del-fan-${i}-${dialect}`);
    for (const id of fanned) store.runStore.saveGraphRun({ ...base, id, depth: 1, parentRunId: ids.run });
    for (const id of Object.values(ids))
      store.runStore.saveNodeRun({
        id: `${id}.1`,
        graphRunId: id,
        nodeId: 'n',
        blockId: 'b',
        seq: 1,
        status: 'COMPLETED',
        inputs: {},
        outputs: {},
        attempts: 1,
        createdAt: 1,
      });
    await store.runStore.flush();
    await store.reviews.open(
      { workspaceId: user.id, userId: user.id, runId: ids.child, nodeRunId: `${ids.child}.1`, nodeId: 'n', key: 'k', message: 'm', data: {}, editable: false },
      1,
    );
    const graph = await store.graphs.create(personal(user), graphFile('Deleted runs'));
    const schedule = await store.schedules.create(
      personal(user),
      graph.id,
      { name: 's', cron: '* * * * *', timezone: 'UTC', enabled: false, catchUp: 'skip', overlap: 'allow' },
      undefined,
    );
    await store.schedules.claimFire(schedule.id, 60_000, 'started');
    await store.schedules.recordFire(schedule.id, 60_000, { outcome: 'started', runId: ids.run });

    expect((await store.schedules.latestFires([schedule.id])).get(schedule.id)?.runId).toBe(ids.run);
    expect(await store.runs.delete(other.id, ids.run)).toBe(false);
    expect(await store.runs.delete(user.id, ids.run)).toBe(true);
    for (const id of [ids.run, ids.child, ids.grandchild]) {
      expect(await store.runs.get(user.id, id)).toBeUndefined();
      expect(await store.runs.nodeRuns(id)).toEqual([]);
    }
    expect(await store.reviews.list(user.id, 'pending', 10)).toEqual([]);
    for (const id of [fanned[0]!, fanned[599]!]) expect(await store.runs.get(user.id, id)).toBeUndefined();
    expect((await store.runs.get(user.id, ids.kept))?.id).toBe(ids.kept);
    expect(await store.runs.nodeRuns(ids.kept)).toHaveLength(1);
    const fire = (await store.schedules.latestFires([schedule.id])).get(schedule.id);
    expect(fire).toMatchObject({ outcome: 'started', fireTime: 60_000 });
    expect(fire?.runId).toBeUndefined();
    expect(await store.runs.delete(user.id, ids.run)).toBe(false);
  });

  it('compacts the batches of a run that took many flushes into one when it ends, and reads it the same', async () => {
    const run: GraphRunRecord = { id: `long-${dialect}`, graphName: 'G', depth: 0, status: 'RUNNING', inputs: {}, outputs: {}, createdAt: 1 };
    const nodeRun = (graphRunId: string, seq: number, status: NodeRunRecord['status']): NodeRunRecord => ({
      id: `${graphRunId}.${seq}`,
      graphRunId,
      nodeId: `n${seq}`,
      blockId: 'math.arithmetic',
      seq,
      status,
      inputs: { a: seq },
      outputs: status === 'COMPLETED' ? { result: [seq + 1] } : {},
      attempts: 1,
      createdAt: 10 + seq,
    });
    const batches = async (graphRunId: string) =>
      (await store.connection.db.selectFrom('node_run_batches').select('batch').where('graph_run_id', '=', graphRunId).execute()).length;
    store.runStore.saveGraphRun(run);
    for (let seq = 1; seq <= 20; seq++) {
      // Each node run is saved running in one flush and completed in the next.
      store.runStore.saveNodeRun(nodeRun(run.id, seq, 'RUNNING'));
      if (seq > 1) store.runStore.saveNodeRun(nodeRun(run.id, seq - 1, 'COMPLETED'));
      await store.runStore.flush();
    }
    store.runStore.saveNodeRun(nodeRun(run.id, 20, 'COMPLETED'));
    await store.runStore.flush();
    expect(await batches(run.id)).toBe(21);
    const before = await store.runs.nodeRuns(run.id);
    expect(before.map((r) => r.status)).toEqual(Array(20).fill('COMPLETED'));

    // The end arrives in a flush of its own, with no node run left to save.
    store.runStore.saveGraphRun({ ...run, status: 'COMPLETED', endedAt: 50 });
    await store.runStore.flush();
    expect(await batches(run.id)).toBe(1);
    expect(await store.runs.nodeRuns(run.id)).toEqual(before);

    // A run that took two flushes keeps its two batches: merging them would cost more than reading them does.
    const short = { ...run, id: `short-${dialect}` };
    store.runStore.saveGraphRun(short);
    store.runStore.saveNodeRun(nodeRun(short.id, 1, 'RUNNING'));
    await store.runStore.flush();
    store.runStore.saveNodeRun(nodeRun(short.id, 1, 'COMPLETED'));
    store.runStore.saveGraphRun({ ...short, status: 'COMPLETED' });
    await store.runStore.flush();
    expect(await batches(short.id)).toBe(2);
    expect((await store.runs.nodeRuns(short.id)).map((r) => r.status)).toEqual(['COMPLETED']);
  });

  it('stores files as bytes, scoped to their user', async () => {
    const a = await store.users.create({ email: `fa-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const b = await store.users.create({ email: `fb-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const bytes = new Uint8Array([0, 1, 2, 255, 254]);
    const ref = await store.files.write(personal(a), { name: 'blob.bin', contentType: 'application/octet-stream', bytes });
    expect(ref).toEqual({ fileId: expect.any(String), name: 'blob.bin', contentType: 'application/octet-stream', size: 5, url: `/api/files/${ref.fileId}` });
    expect(await store.files.read(a.id, ref.fileId)).toEqual({ name: 'blob.bin', contentType: 'application/octet-stream', size: 5, bytes });
    expect(await store.files.read(b.id, ref.fileId)).toBeUndefined();
    expect((await store.files.list(a.id, { limit: 10, offset: 0 })).files.map((f) => f.fileId)).toEqual([ref.fileId]);
    expect(await store.files.delete(b.id, ref.fileId)).toBe(false);
    expect(await store.files.delete(a.id, ref.fileId)).toBe(true);
  });

  it('resolves webhook tokens to their graph and owner', async () => {
    const a = await store.users.create({ email: `wa-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const b = await store.users.create({ email: `wb-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const graph = await store.graphs.create(personal(a), graphFile('Hooked'));
    const hook = await store.webhooks.create(personal(a), graph.id, 'ci', `token-${dialect}`);
    expect(await store.webhooks.resolve(`token-${dialect}`)).toEqual({ webhookId: hook.id, workspaceId: a.id, userId: a.id, graphId: graph.id });
    expect(await store.webhooks.list(a.id, graph.id)).toEqual([hook]);
    expect(await store.webhooks.list(b.id, graph.id)).toEqual([]);
    expect(await store.webhooks.countByGraph(a.id, [graph.id, 'none'])).toEqual(new Map([[graph.id, 1]]));
    expect((await store.webhooks.countByGraph(b.id, [graph.id])).size).toBe(0);
    expect(await store.webhooks.delete(b.id, hook.id)).toBe(false);
    expect(await store.webhooks.resolve(`token-${dialect}`)).toEqual({ webhookId: hook.id, workspaceId: a.id, userId: a.id, graphId: graph.id });
    await store.graphs.delete(a.id, graph.id);
    expect(await store.webhooks.resolve(`token-${dialect}`)).toBeUndefined();
  });

  it('reads the latest fire of many schedules at once', async () => {
    const user = await store.users.create({ email: `fires-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const graph = await store.graphs.create(personal(user), graphFile('Scheduled'));
    const fields = { name: 's', cron: '* * * * *', timezone: 'UTC', enabled: true, catchUp: 'skip', overlap: 'allow' } as const;
    const [often, once, never] = [
      await store.schedules.create(personal(user), graph.id, fields, 0),
      await store.schedules.create(personal(user), graph.id, fields, 0),
      await store.schedules.create(personal(user), graph.id, fields, 0),
    ];
    for (const time of [1000, 3000, 2000]) await store.schedules.claimFire(often.id, time, 'started');
    await store.schedules.recordFire(often.id, 3000, { outcome: 'failed', error: 'no input' });
    await store.schedules.claimFire(once.id, 500, 'skipped_overlap');
    const latest = await store.schedules.latestFires([often.id, once.id, never.id]);
    expect(latest.get(often.id)).toEqual({ scheduleId: often.id, fireTime: 3000, outcome: 'failed', error: 'no input' });
    expect(latest.get(once.id)).toEqual({ scheduleId: once.id, fireTime: 500, outcome: 'skipped_overlap' });
    expect(latest.has(never.id)).toBe(false);
    expect(await store.schedules.latestFires([])).toEqual(new Map());
  });

  it('stops resolving a webhook token once its webhook is deleted', async () => {
    const a = await store.users.create({ email: `wd-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const graph = await store.graphs.create(personal(a), graphFile('Unhooked'));
    const hook = await store.webhooks.create(personal(a), graph.id, 'ci', `gone-${dialect}`);
    expect(await store.webhooks.resolve(`gone-${dialect}`)).toEqual({ webhookId: hook.id, workspaceId: a.id, userId: a.id, graphId: graph.id });
    expect(await store.webhooks.delete(a.id, hook.id)).toBe(true);
    expect(await store.webhooks.resolve(`gone-${dialect}`)).toBeUndefined();
  });

  it('keeps credentials per user and never lists their secret', async () => {
    const a = await store.users.create({ email: `ca-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const b = await store.users.create({ email: `cb-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const created = await store.credentials.create(personal(a), { name: 'CI token', kind: 'http_bearer', encryptedSecret: 'v1:cipher' });
    expect(JSON.stringify(await store.credentials.list(a.id))).not.toContain('v1:cipher');
    expect(await store.credentials.encrypted(a.id, created.id)).toEqual({ name: 'CI token', kind: 'http_bearer', encryptedSecret: 'v1:cipher' });
    expect(await store.credentials.encrypted(b.id, created.id)).toBeUndefined();
    await store.credentials.replaceSecret(b.id, created.id, 'v1:other');
    await store.credentials.replaceSecret(a.id, created.id, 'v1:renewed');
    expect((await store.credentials.encrypted(a.id, created.id))?.encryptedSecret).toBe('v1:renewed');
    expect(await store.credentials.rename(b.id, created.id, 'mine')).toBeUndefined();
    expect((await store.credentials.rename(a.id, created.id, 'Deploy token'))?.name).toBe('Deploy token');
    expect(await store.credentials.delete(b.id, created.id)).toBe(false);
    expect(await store.credentials.delete(a.id, created.id)).toBe(true);
  });

  it('keeps memory per user and namespace and finds the most similar texts of the same model', async () => {
    const a = await store.users.create({ email: `ma-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    const b = await store.users.create({ email: `mb-${dialect}@x.test`, passwordHash: 'h', isOwner: false });
    await store.memory.add(personal(a), 'docs', [
      { text: 'north', metadata: { n: 1 }, model: 'm', embedding: [1, 0, 0] },
      { text: 'east', metadata: {}, model: 'm', embedding: [0, 1, 0] },
      { text: 'north-east', metadata: {}, model: 'm', embedding: [0.7, 0.7, 0] },
    ]);
    await store.memory.add(personal(b), 'docs', [{ text: 'not yours', metadata: {}, model: 'm', embedding: [1, 0, 0] }]);
    const found = await store.memory.search(a.id, 'docs', { embedding: [0.9, 0.1, 0], model: 'm', limit: 2 });
    expect(found.map((f) => f.text)).toEqual(['north', 'north-east']);
    expect(found[0]).toMatchObject({ metadata: { n: 1 } });
    expect(found[0]!.score).toBeCloseTo(0.9939, 3);
    expect(await store.memory.search(a.id, 'other', { embedding: [1, 0, 0], model: 'm', limit: 5 })).toEqual([]);
    await expect(store.memory.search(a.id, 'docs', { embedding: [1, 0], model: 'small', limit: 5 })).rejects.toThrow(
      'Memory "docs" holds embeddings of model m; search it with that model',
    );
  });

  it('lists runs a stopped process left unfinished', async () => {
    store.runStore.saveGraphRun({ id: `stuck-${dialect}`, graphName: 'G', depth: 0, status: 'RUNNING', inputs: {}, outputs: {}, createdAt: 1 });
    await store.runStore.flush();
    expect((await store.runs.unfinished()).map((r) => r.id)).toContain(`stuck-${dialect}`);
  });
});
