import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';
import { SlugTakenError, type AppSettings } from './apps.ts';

const settings = (slug: string, more: Partial<AppSettings> = {}): AppSettings => ({
  slug,
  kind: 'form',
  title: 'Desk',
  description: '',
  access: 'public',
  runsPerMinute: 10,
  dailyBudget: null,
  allowedOrigins: [],
  ...more,
});

describe.each(TEST_DIALECTS)('app pages on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let owner: { workspaceId: string; userId: string };

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    const user = await store.users.create({ email: 'a@x.test', passwordHash: 'x', isOwner: true });
    owner = { workspaceId: user.id, userId: user.id };
  });

  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });

  const agent = async (name: string) => (await store.graphs.create(owner, { schemaVersion: 1, name, nodes: [], links: [] })).id;
  const run = (graphId: string, createdAt: number, costUsd: number) => {
    const id = crypto.randomUUID();
    store.runStore.saveGraphRun({
      id,
      graphId,
      graphVersion: 1,
      graphName: 'Desk',
      ...owner,
      depth: 0,
      status: 'COMPLETED',
      inputs: {},
      outputs: {},
      usage: { inputTokens: 10, outputTokens: 5, costUsd, calls: 1, unpricedCalls: 0 },
      createdAt,
    });
    return id;
  };

  it("keeps one app per agent at a unique address, a visitor's runs and uploads by their hash, and goes with its agent", async () => {
    const graphId = await agent('Desk');
    const app = await store.apps.publish(owner, graphId, settings('desk', { access: 'link', dailyBudget: { costUsd: 2 } }), 'key-1');
    expect(app).toMatchObject({ slug: 'desk', access: 'link', linkKey: 'key-1', dailyBudget: { costUsd: 2 }, publishedBy: owner.userId });
    // Saving again changes the same app and keeps its key; public access drops it.
    expect(await store.apps.publish(owner, graphId, settings('desk', { access: 'link', title: 'Help' }), undefined)).toMatchObject({
      id: app.id,
      title: 'Help',
      linkKey: 'key-1',
    });
    expect((await store.apps.publish(owner, graphId, settings('desk'), undefined)).linkKey).toBeNull();
    await expect(store.apps.publish(owner, await agent('Other'), settings('desk'), undefined)).rejects.toBeInstanceOf(SlugTakenError);

    const [a, b, old] = [run(graphId, 1_000, 0.5), run(graphId, 2_000, 0.25), run(graphId, 10, 9)];
    await store.runStore.flush();
    await store.apps.recordRun(app.id, 'alice', a, 1_000);
    await store.apps.recordRun(app.id, 'alice', b, 2_000);
    await store.apps.recordRun(app.id, 'bob', old, 10);
    expect(await store.apps.visitorRuns(app.id, 'alice', 20)).toEqual([b, a]);
    expect(await store.apps.isVisitorRun(app.id, 'bob', a)).toBe(false);
    expect(await store.apps.madeSince('runs', app.id, 500)).toBe(2);
    expect(await store.apps.spendSince(app.id, 500)).toEqual({ costUsd: 0.75, tokens: 30 });
    expect(await store.apps.spendSince(app.id, 500, a)).toEqual({ costUsd: 0.25, tokens: 15 });

    const file = await store.files.upload(owner, { name: 'a.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('a') });
    await store.apps.recordUpload(app.id, 'alice', file.fileId);
    expect(await store.apps.visitorUploads(app.id, 'alice', [file.fileId, 'other'])).toEqual(new Set([file.fileId]));
    expect(await store.apps.visitorUploads(app.id, 'bob', [file.fileId])).toEqual(new Set());
    expect(await store.apps.madeSince('uploads', app.id, 0)).toBe(1);

    // Deleting a run takes its tie to the visitor; deleting the agent takes its app.
    await store.runs.delete(owner.workspaceId, a);
    expect(await store.apps.visitorRuns(app.id, 'alice', 20)).toEqual([b]);
    await store.graphs.delete(owner.workspaceId, graphId);
    expect(await store.apps.bySlug('desk')).toBeUndefined();
  });

  it("keeps a chat app's conversations by visitor and their messages in order, also of two turns at once; taking the app down takes them", async () => {
    const graphId = await agent('Chat');
    const app = await store.apps.publish(owner, graphId, settings('chat', { kind: 'chat' }), undefined);
    const first = await store.appConversations.create(app.id, 'alice', 'Hi');
    const other = await store.appConversations.create(app.id, 'bob', 'Yo');
    await store.appConversations.append(first.id, { role: 'user', text: 'Hi', runId: null, error: null });
    // Two turns at once (two tabs): each message gets its own place after the last, none is lost.
    await Promise.all([
      store.appConversations.append(first.id, { role: 'user', text: 'Hi again', runId: null, error: null }),
      store.appConversations.append(first.id, { role: 'assistant', text: 'Hello!', runId: 'run-1', error: null }),
    ]);
    const kept = await store.appConversations.messages(first.id, 10);
    expect(kept.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(kept.map((m) => m.text).sort()).toEqual(['Hello!', 'Hi', 'Hi again']);
    expect((await store.appConversations.messages(first.id, 1)).map((m) => m.seq)).toEqual([3]);
    expect(await store.appConversations.get(app.id, first.id, 'bob')).toBeUndefined();
    expect((await store.appConversations.get(app.id, first.id, undefined))?.title).toBe('Hi');
    expect((await store.appConversations.list(app.id, 'alice', 10)).map((c) => c.id)).toEqual([first.id]);
    expect((await store.appConversations.list(app.id, undefined, 10)).map((c) => c.id).sort()).toEqual([first.id, other.id].sort());

    await store.apps.unpublish(owner.workspaceId, graphId);
    expect(await store.appConversations.list(app.id, undefined, 10)).toEqual([]);
    expect(await store.appConversations.messages(first.id, 10)).toEqual([]);
  });
});
