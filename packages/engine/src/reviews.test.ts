import { describe, expect, it } from 'vitest';
import { Engine } from './engine.ts';
import { InMemoryEventBus, type RunEvent } from './ports/events.ts';
import { InMemoryReviewDesk } from './ports/review-desk.ts';
import { InMemoryRunStore } from './ports/run-store.ts';
import { ManualClock } from './testing/manual-clock.ts';
import { graph, link, testRegistry } from './testing/test-blocks.ts';

/** An engine with a review desk, and a way to wait for what its runs publish. */
function setup(options: { clock?: ManualClock; maxConcurrency?: number } = {}) {
  const bus = new InMemoryEventBus();
  const events: RunEvent[] = [];
  const watchers: { match: (e: RunEvent) => boolean; resolve: (e: RunEvent) => void }[] = [];
  bus.subscribe((event) => {
    events.push(event);
    for (const watcher of watchers.filter((w) => w.match(event))) {
      watchers.splice(watchers.indexOf(watcher), 1);
      watcher.resolve(event);
    }
  });
  const reviews = new InMemoryReviewDesk(options.clock ? () => options.clock!.now() : Date.now);
  const runStore = new InMemoryRunStore();
  const engine = new Engine({
    registry: testRegistry(),
    runStore,
    events: bus,
    reviews,
    log: () => undefined,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.maxConcurrency ? { maxConcurrency: options.maxConcurrency } : {}),
  });
  const next = (match: (e: RunEvent) => boolean): Promise<RunEvent> => {
    const seen = events.find(match);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => watchers.push({ match, resolve }));
  };
  const graphStatus = (status: string) => next((e) => e.type === 'graph_run.status' && e.status === status);
  return { engine, reviews, runStore, events, next, graphStatus };
}

const reviewed = (data: unknown, extra: Record<string, unknown> = {}) =>
  graph(
    [
      { id: 'ask', block: 't.review', inputs: { data, ...extra } },
      { id: 'yes', block: 't.output', inputs: { name: 'approved' } },
      { id: 'no', block: 't.output', inputs: { name: 'rejected' } },
    ],
    [link('ask.approved', 'yes.value'), link('ask.rejected', 'no.value')],
  );

describe('human review', () => {
  it('waits in REVIEW, node run and graph run, until a person approves; the approved (edited) data goes on', async () => {
    const { engine, reviews, events, next } = setup();
    const handle = engine.startRun(reviewed({ draft: 'Hi' }));
    const pending = await next((e) => e.type === 'review.pending');
    expect(pending).toMatchObject({ type: 'review.pending', runId: handle.runId, nodeId: 'ask' });
    expect(handle.record.status).toBe('REVIEW');
    expect(handle.reviewsAwaited()).toEqual([(pending as { reviewId: string }).reviewId]);
    expect(events.find((e) => e.type === 'node_run.status' && e.status === 'REVIEW')).toMatchObject({ nodeId: 'ask' });
    expect(reviews.pending()).toEqual([
      { id: expect.any(String), opening: expect.objectContaining({ message: 'Decide', data: { draft: 'Hi' }, editable: true, nodeId: 'ask' }) },
    ]);
    reviews.decide(reviews.pending()[0]!.id, { decision: 'approve', data: { draft: 'Hello' } });
    const record = await handle.done;
    expect(record.status).toBe('COMPLETED');
    expect(record.outputs).toEqual({ approved: [{ draft: 'Hello' }] });
    expect(handle.reviewsAwaited()).toEqual([]);
    const statuses = events.filter((e) => e.type === 'graph_run.status').map((e) => e.type === 'graph_run.status' && e.status);
    expect(statuses).toEqual(['QUEUED', 'RUNNING', 'REVIEW', 'RUNNING', 'COMPLETED']);
  });

  it('sends a rejection out on rejected, with the reason', async () => {
    const { engine, reviews, next } = setup();
    const handle = engine.startRun(reviewed('rm -rf /'));
    const pending = await next((e) => e.type === 'review.pending');
    reviews.decide((pending as { reviewId: string }).reviewId, { decision: 'reject', data: 'rm -rf /', reason: 'Never.' });
    expect((await handle.done).outputs).toEqual({ rejected: [{ reason: 'Never.', data: 'rm -rf /' }] });
  });

  it('rejects with reason timeout when nobody decides in time (a clock the test drives)', async () => {
    const clock = new ManualClock(1_000_000);
    const { engine, next } = setup({ clock });
    const handle = engine.startRun(reviewed('late', { timeout_ms: 60_000 }));
    await next((e) => e.type === 'review.pending');
    clock.set(1_000_000 + 59_999);
    expect(handle.record.status).toBe('REVIEW');
    clock.set(1_000_000 + 60_000);
    expect((await handle.done).outputs).toEqual({ rejected: [{ reason: 'timeout', data: 'late' }] });
  });

  it('lets other branches run while a review waits; the graph run is REVIEW only once nothing else works', async () => {
    const { engine, reviews, next } = setup();
    const handle = engine.startRun(
      graph([
        { id: 'ask', block: 't.review', inputs: { data: 1 } },
        { id: 'slow', block: 't.hang', inputs: {} },
      ]),
    );
    await next((e) => e.type === 'review.pending');
    await next((e) => e.type === 'node_run.status' && e.nodeId === 'slow' && e.status === 'RUNNING');
    expect(handle.record.status).toBe('RUNNING');
    reviews.decide(reviews.pending()[0]!.id, { decision: 'approve', data: 1 });
    await next((e) => e.type === 'node_run.status' && e.nodeId === 'ask' && e.status === 'COMPLETED');
    expect(handle.record.status).toBe('RUNNING');
    handle.cancel();
    expect((await handle.done).status).toBe('TERMINATED');
  });

  it('opens every review of a fan-out at once: a waiting review holds no concurrency slot', async () => {
    const { engine, reviews, next } = setup({ maxConcurrency: 1 });
    const handle = engine.startRun(
      graph(
        [
          { id: 'items', block: 't.emit', inputs: { values: ['a', 'b', 'c'] } },
          { id: 'ask', block: 't.review', inputs: {} },
          { id: 'out', block: 't.output', inputs: { name: 'approved' } },
        ],
        [link('items.value', 'ask.data'), link('ask.approved', 'out.value')],
      ),
    );
    await next(() => reviews.pending().length === 3);
    expect(handle.record.status).toBe('REVIEW');
    for (const { id, opening } of reviews.pending()) reviews.decide(id, { decision: 'approve', data: opening.data });
    expect((await handle.done).outputs.approved).toEqual(['a', 'b', 'c']);
  });

  it('ends the wait when the run is stopped: the node run and the run are TERMINATED', async () => {
    const { engine, next } = setup();
    const handle = engine.startRun(reviewed('x'));
    await next((e) => e.type === 'review.pending');
    handle.cancel('Stopped by the user.');
    const record = await handle.done;
    expect(record.status).toBe('TERMINATED');
  });

  it('a resumed run finds the review its interrupted execution opened, and goes on with the decision', async () => {
    const { engine, reviews, runStore, next } = setup();
    const first = engine.startRun(
      graph(
        [
          { id: 'start', block: 't.add', inputs: { a: 1, b: 2 } },
          { id: 'ask', block: 't.review', inputs: {} },
          { id: 'out', block: 't.output', inputs: { name: 'approved' } },
        ],
        [link('start.sum', 'ask.data'), link('ask.approved', 'out.value')],
      ),
    );
    await next((e) => e.type === 'review.pending');
    const recorded = runStore.nodeRunsOf(first.runId).map((run) => structuredClone(run));
    expect(recorded.find((run) => run.nodeId === 'ask')?.status).toBe('REVIEW');
    first.cancel('the process died');
    await first.done;
    reviews.decide(reviews.pending()[0]!.id, { decision: 'approve', data: 30 });
    const resumed = engine.executeRun(
      graph(
        [
          { id: 'start', block: 't.add', inputs: { a: 1, b: 2 } },
          { id: 'ask', block: 't.review', inputs: {} },
          { id: 'out', block: 't.output', inputs: { name: 'approved' } },
        ],
        [link('start.sum', 'ask.data'), link('ask.approved', 'out.value')],
      ),
      first.record,
      { resumeFrom: recorded },
    );
    const record = await resumed.done;
    expect(record.status).toBe('COMPLETED');
    expect(record.outputs).toEqual({ approved: [30] });
    expect(reviews.pending()).toEqual([]);
  });

  it('lets an agent ask a person through a review node linked as its tool; the graph run is REVIEW while the agent waits', async () => {
    const { engine, reviews, next } = setup();
    const handle = engine.startRun(
      graph(
        [
          { id: 'agent', block: 't.agent', inputs: { calls: [{ name: 'review', args: { data: 'send it?' } }] } },
          { id: 'ask', block: 't.review', inputs: {} },
        ],
        [link('agent.tools', 'ask.data')],
      ),
    );
    await next((e) => e.type === 'review.pending');
    expect(handle.record.status).toBe('REVIEW');
    reviews.decide(reviews.pending()[0]!.id, { decision: 'reject', data: 'send it?', reason: 'not yet' });
    await handle.done;
    expect(handle.record.status).toBe('COMPLETED');
  });
});
