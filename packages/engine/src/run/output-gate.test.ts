import { defineBlock } from '@blocksmith/sdk';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Engine } from '../engine.ts';
import type { RunStore } from '../ports/run-store.ts';
import { runTestGraph } from '../testing/run-test-graph.ts';
import { plainTestBlocks } from '../testing/plain-blocks.ts';
import { graph, link, testRegistry } from '../testing/test-blocks.ts';
import { QUEUE_HIGH } from './output-gate.ts';
import { hasEnded, type GraphRunRecord, type NodeRunRecord } from './records.ts';

setFlagsFromString('--expose-gc');
/** A full garbage collection, so what is still reachable can be counted. */
const collectGarbage = runInNewContext('gc') as () => void;

// Plain generators: without the gate such a block runs to its end in one turn, queueing a node run per value.
const blocks = [
  defineBlock({
    id: 'g.range',
    name: 'Range',
    description: 'yields the list 0 … n-1',
    categories: ['test'],
    input: z.object({ n: z.number() }),
    output: z.object({ list: z.array(z.number()) }),
    examples: [],
    *run({ n }) {
      yield ['list', Array.from({ length: n }, (_, i) => i)];
    },
  }),
  defineBlock({
    id: 'g.size',
    name: 'Size',
    description: 'puts out n for every a',
    categories: ['test'],
    input: z.object({ a: z.number(), n: z.number() }),
    output: z.object({ n: z.number() }),
    examples: [],
    *run({ n }) {
      yield ['n', n];
    },
  }),
  ...plainTestBlocks,
];

/** count → add → add → add → output: four node runs per item. */
function fanOut(items: number) {
  return graph(
    [
      { id: 'count', block: 'p.count', inputs: { n: items } },
      { id: 'a', block: 'p.add' },
      { id: 'b', block: 'p.add' },
      { id: 'c', block: 'p.add' },
      { id: 'out', block: 't.output', inputs: { name: 'results' } },
    ],
    [link('count.value', 'a.a'), link('a.sum', 'b.a'), link('b.sum', 'c.a'), link('c.sum', 'out.value')],
  );
}

/**
 * A store that writes every record at once, as if each save were its flush:
 * it keeps none of them, so what stays reachable is what the engine keeps.
 * It watches the first node runs it is given through weak references.
 */
class ForgetfulStore implements RunStore {
  readonly watched: WeakRef<NodeRunRecord>[] = [];
  private readonly seen = new Set<number>();
  constructor(
    private readonly watch: number,
    private readonly onSave: (seq: number) => void,
  ) {}
  saveGraphRun(_run: GraphRunRecord): void {}
  saveNodeRun(nodeRun: NodeRunRecord): void {
    if (nodeRun.seq <= this.watch && !this.seen.has(nodeRun.seq)) {
      this.seen.add(nodeRun.seq);
      this.watched.push(new WeakRef(nodeRun));
    }
    this.onSave(nodeRun.seq);
  }
  async flush(): Promise<void> {}
}

describe('the output gate: a large fan-out runs in bounded memory and gives the event loop turns', () => {
  it('releases node runs that have ended while the run goes on: of the first 20 000, almost none are still reachable halfway', async () => {
    const items = 100_000;
    let halfway: { alive: number; ended: number; runStatus: string } | undefined;
    const check = () => {
      collectGarbage();
      const alive = store.watched.map((ref) => ref.deref()).filter((run) => run !== undefined);
      halfway = { alive: alive.length, ended: alive.filter((run) => hasEnded(run.status)).length, runStatus: handle.record.status };
    };
    // Counted in a later turn of the event loop than the saves: a weak reference made in a turn holds its target until the turn ends.
    const store = new ForgetfulStore(20_000, (seq) => seq === (items * 4) / 2 && setImmediate(check));
    const engine = new Engine({ registry: testRegistry(blocks), runStore: store, log: () => undefined, maxNodeRuns: 1_000_000 });
    const handle = engine.startRun(fanOut(items));
    const record = await handle.done;

    expect(record.status).toBe('COMPLETED');
    expect(record.outputs.results).toHaveLength(items);
    expect(store.watched).toHaveLength(20_000);
    // The check ran while the run was still going: the run let the event loop have a turn halfway through.
    expect(halfway?.runStatus).toBe('RUNNING');
    // What is still reachable is at most what the queue may hold, and none of it has ended.
    expect(halfway!.alive).toBeLessThanOrEqual(4 * QUEUE_HIGH);
    expect(halfway!.ended).toBe(0);
  });

  it('a fan-out of fan-outs with one concurrency slot finishes: a held block holds no slot', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'outer', block: 'p.count', inputs: { n: 3 } },
          { id: 'size', block: 'g.size', inputs: { n: 3000 } },
          { id: 'inner', block: 'p.count' },
          { id: 'a', block: 'p.add' },
          { id: 'out', block: 't.output', inputs: { name: 'results' } },
        ],
        [link('outer.value', 'size.a'), link('size.n', 'inner.n'), link('inner.value', 'a.a'), link('a.sum', 'out.value')],
      ),
      {},
      { extraBlocks: blocks, engine: { maxConcurrency: 1, maxNodeRuns: 1_000_000 } },
    );
    expect(run.record.status).toBe('COMPLETED');
    expect(run.record.outputs.results).toHaveLength(9000);
  });

  it('a run stopped while a block is held ends, and the held block ends with it', async () => {
    let saves = 0;
    const store: RunStore = {
      saveGraphRun: () => undefined,
      saveNodeRun: () => {
        if (++saves === 3 * QUEUE_HIGH) setImmediate(() => handle.cancel());
      },
      flush: async () => undefined,
    };
    const engine = new Engine({ registry: testRegistry(blocks), runStore: store, log: () => undefined, maxNodeRuns: 10_000_000 });
    const handle = engine.startRun(fanOut(1_000_000));
    const record = await handle.done;
    expect(record.status).toBe('TERMINATED');
    // Stopped long before the million: the block was held, not running ahead of the queue.
    expect(saves).toBeLessThan(100_000);
  });

  it('a block that puts out one large list is not held: the gate counts queued node runs, not values', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'range', block: 'g.range', inputs: { n: 50_000 } },
          { id: 'out', block: 't.output', inputs: { name: 'list' } },
        ],
        [link('range.list', 'out.value')],
      ),
      {},
      { extraBlocks: blocks },
    );
    expect(run.record.status).toBe('COMPLETED');
    expect((run.record.outputs.list?.[0] as number[]).length).toBe(50_000);
  });
});

describe("the time a block is held is not the block's", () => {
  afterEach(() => vi.useRealTimers());

  it('a producer with a timeout, held while a slow consumer drains the queue, does not time out', async () => {
    // Only the timeouts' timers are fake: the gate lets held blocks go on with setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let consumerStarted!: () => void;
    const started = new Promise<void>((resolve) => (consumerStarted = resolve));
    const producer = defineBlock({
      id: 'g.feed',
      name: 'Feed',
      description: 'yields n items, with a timeout of 100 ms',
      categories: ['test'],
      input: z.object({ n: z.number() }),
      output: z.object({ item: z.number() }),
      timeoutMs: 100,
      examples: [],
      *run({ n }) {
        for (let i = 0; i < n; i++) yield ['item', i];
      },
    });
    const consumer = defineBlock({
      id: 'g.slow',
      name: 'Slow',
      description: 'waits for the test before it answers',
      categories: ['test'],
      input: z.object({ a: z.number() }),
      output: z.object({ done: z.number() }),
      examples: [],
      async *run({ a }) {
        consumerStarted();
        await released;
        yield ['done', a];
      },
    });
    const engine = new Engine({ registry: testRegistry([producer, consumer]), log: () => undefined, maxConcurrency: 4 });
    const handle = engine.startRun(
      graph(
        [
          { id: 'feed', block: 'g.feed', inputs: { n: 3 * QUEUE_HIGH } },
          { id: 'slow', block: 'g.slow' },
          { id: 'out', block: 't.output', inputs: { name: 'done' } },
        ],
        [link('feed.item', 'slow.a'), link('slow.done', 'out.value')],
      ),
    );
    await started;
    // The feed has filled the queue and is held; far past its timeout, the consumers are let go.
    vi.advanceTimersByTime(10_000);
    release();
    const record = await handle.done;
    expect(record.status).toBe('COMPLETED');
    expect(record.outputs.done).toHaveLength(3 * QUEUE_HIGH);
  });
});
