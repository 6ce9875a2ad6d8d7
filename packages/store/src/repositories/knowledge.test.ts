import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';
import { KnowledgeBaseNameTaken } from './knowledge.ts';

describe.each(TEST_DIALECTS)('knowledge bases on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let owner: { workspaceId: string; userId: string };
  let other: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    const user = (await store.users.create({ email: `kb-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
    owner = { workspaceId: user, userId: user };
    other = (await store.users.create({ email: `kb2-${dialect}@x.test`, passwordHash: 'h', isOwner: false })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  const fields = { description: '', credentialId: 'c1', model: 'm', chunkChars: 500, chunkOverlap: 50 };
  /** A unit vector along one axis of three, so each passage's score against a query along an axis is known. */
  const axis = (i: number) => [0, 1, 2].map((j) => (j === i % 3 ? 1 : 0));

  it('ranks passages across scan pages, keeps the best `limit`, and only for the workspace', async () => {
    const base = await store.knowledge.create(owner, { ...fields, name: 'Docs' });
    await expect(store.knowledge.create(owner, { ...fields, name: 'Docs' })).rejects.toBeInstanceOf(KnowledgeBaseNameTaken);
    // 1,200 passages: every third points along the query's axis, scored 1; the rest 0.
    const passages = Array.from({ length: 1_200 }, (_, i) => ({ text: `passage ${i}`, embedding: axis(i) }));
    await store.knowledge.putDocument(base.id, { name: 'big.md', source: 'text', contentHash: 'h1', chars: 10 }, passages);
    const found = await store.knowledge.search(owner.workspaceId, base.id, [1, 0, 0], 3);
    expect(found).toHaveLength(3);
    expect(found.every((p) => p.score === 1 && p.document === 'big.md' && p.position % 3 === 0)).toBe(true);
    expect(await store.knowledge.search(other, base.id, [1, 0, 0], 3)).toEqual([]);
    expect(await store.knowledge.find(other, 'Docs')).toBeUndefined();
    expect(await store.knowledge.find(owner.workspaceId, 'Docs')).toEqual({ id: base.id, name: 'Docs', model: 'm' });
  });

  it('replaces a document of the same name whole, and deletes its passages with it', async () => {
    const base = (await store.knowledge.get(owner.workspaceId, 'Docs'))!;
    const first = await store.knowledge.putDocument(base.id, { name: 'small.md', source: 'text', contentHash: 'a', chars: 3 }, [
      { text: 'old', embedding: axis(1) },
    ]);
    const second = await store.knowledge.putDocument(base.id, { name: 'small.md', source: 'upload', contentHash: 'b', chars: 3 }, [
      { text: 'new one', embedding: axis(1) },
      { text: 'new two', embedding: axis(2) },
    ]);
    expect(second).toMatchObject({ id: first.id, source: 'upload', contentHash: 'b', chunks: 2 });
    // Found by its id or its name, with its own passage count, in its base only.
    expect(await store.knowledge.document(base.id, first.id)).toEqual(second);
    expect(await store.knowledge.document(base.id, 'small.md')).toEqual(second);
    expect(await store.knowledge.document(base.id, 'missing.md')).toBeUndefined();
    const elsewhere = await store.knowledge.create(owner, { ...fields, name: 'Elsewhere' });
    expect(await store.knowledge.document(elsewhere.id, first.id)).toBeUndefined();
    expect(await store.knowledge.passages(first.id)).toEqual([
      { position: 0, text: 'new one' },
      { position: 1, text: 'new two' },
    ]);
    expect((await store.knowledge.get(owner.workspaceId, base.id))!).toMatchObject({ documents: 2, chunks: 1_202 });
    expect(await store.knowledge.deleteDocument(base.id, first.id)).toBe(true);
    expect(await store.knowledge.passages(first.id)).toEqual([]);
    expect(await store.knowledge.delete(other, base.id)).toBe(false);
    expect(await store.knowledge.delete(owner.workspaceId, base.id)).toBe(true);
    expect(await store.knowledge.search(owner.workspaceId, base.id, [1, 0, 0], 3)).toEqual([]);
  });
});
