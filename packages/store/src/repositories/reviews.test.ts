import type { ReviewOpening } from '@blocksmith/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';

describe.each(TEST_DIALECTS)('reviews on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let userId: string;
  const opening = (runId: string, key: string, extra: Partial<ReviewOpening> = {}): ReviewOpening => ({
    runId,
    nodeRunId: `${runId}.1`,
    nodeId: 'ask',
    workspaceId: userId,
    userId,
    key,
    message: 'Send?',
    data: { to: 'ada' },
    editable: true,
    ...extra,
  });

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    userId = (await store.users.create({ email: `r-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('opens a review once per run and key: a resumed run finds the one it opened, with its deadline', async () => {
    const first = await store.reviews.open(opening('run-a', 'k1', { timeoutMs: 60_000 }), 1_000);
    const again = await store.reviews.open(opening('run-a', 'k1', { timeoutMs: 60_000 }), 9_000);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ status: 'pending', data: { to: 'ada' }, editable: true, createdAt: 1_000, expiresAt: 61_000 });
    expect((await store.reviews.open(opening('run-a', 'k2'), 1_000)).id).not.toBe(first.id);
    expect((await store.reviews.open(opening('run-b', 'k1'), 1_000)).id).not.toBe(first.id);
  });

  it('keeps the first decision: a second one changes nothing', async () => {
    const review = await store.reviews.open(opening('run-c', 'k'), 1);
    expect(await store.reviews.decide(review.id, { status: 'approved', data: 'edited' }, 2)).toBe(true);
    expect(await store.reviews.decide(review.id, { status: 'rejected', data: 'x', reason: 'late' }, 3)).toBe(false);
    expect(await store.reviews.get(userId, review.id)).toMatchObject({ status: 'approved', decidedData: 'edited', decidedAt: 2 });
    expect(await store.reviews.get('someone-else', review.id)).toBeUndefined();
    expect((await store.reviews.list(userId, 'decided', 10)).map((r) => r.id)).toContain(review.id);
  });

  it('a parked run stays parked until one of its parked reviews is decided; finding a review again unparks it', async () => {
    const waiting = await store.reviews.open(opening('run-d', 'k'), 1);
    expect(await store.reviews.stillParked('run-d')).toBe(false);
    await store.reviews.park([waiting.id]);
    expect(await store.reviews.stillParked('run-d')).toBe(true);
    await store.reviews.decide(waiting.id, { status: 'approved', data: 1 }, 2);
    expect(await store.reviews.stillParked('run-d')).toBe(false);
    await store.reviews.open(opening('run-d', 'k'), 3);
    await store.reviews.park([(await store.reviews.open(opening('run-d', 'k2'), 3)).id]);
    expect(await store.reviews.stillParked('run-d')).toBe(true);
  });

  it('times out parked reviews whose deadline has passed, and only those', async () => {
    const due = await store.reviews.open(opening('run-e', 'k', { timeoutMs: 1_000 }), 0);
    const later = await store.reviews.open(opening('run-f', 'k', { timeoutMs: 10_000 }), 0);
    const live = await store.reviews.open(opening('run-g', 'k', { timeoutMs: 1_000 }), 0);
    await store.reviews.park([due.id, later.id]);
    expect(await store.reviews.expireParked(5_000)).toEqual(['run-e']);
    expect(await store.reviews.get(userId, due.id)).toMatchObject({ status: 'rejected', reason: 'timeout', decidedData: { to: 'ada' } });
    expect((await store.reviews.get(userId, later.id))?.status).toBe('pending');
    expect((await store.reviews.get(userId, live.id))?.status).toBe('pending');
  });
});
