import { BlockError, defineBlock } from '@blocksmith/sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Clock } from './ports/clock.ts';
import { runTestGraph } from './testing/run-test-graph.ts';
import { plainTestBlocks } from './testing/plain-blocks.ts';
import { graph, link } from './testing/test-blocks.ts';

// Blocks whose `run` is a plain generator: the engine drives them without promises (run-attempt.ts, pump in graph-run.ts).
const closed: string[] = [];
const attemptsOf = new Map<string, number>();
const plainBlocks = [
  ...plainTestBlocks,
  defineBlock({
    id: 'p.fail',
    name: 'Fail',
    description: 'throws until its attempt number `until`',
    categories: ['test'],
    input: z.object({ tag: z.string(), until: z.number() }),
    output: z.object({ ok: z.boolean() }),
    examples: [],
    *run({ tag, until }) {
      const attempt = (attemptsOf.get(tag) ?? 0) + 1;
      attemptsOf.set(tag, attempt);
      if (attempt < until) throw new BlockError('test_failure', `attempt ${attempt} failed`);
      yield ['ok', true];
    },
  }),
  defineBlock({
    id: 'p.bad',
    name: 'Bad output',
    description: 'yields a wrong value, then would yield more',
    categories: ['test'],
    input: z.object({ tag: z.string() }),
    output: z.object({ n: z.number() }),
    examples: [],
    *run({ tag }) {
      try {
        yield ['n', 'not a number' as unknown as number];
        yield ['n', 2];
      } finally {
        closed.push(tag);
      }
    },
  }),
];

const chain = (length: number) =>
  graph(
    [{ id: 'n0', block: 'p.add', inputs: { a: 0 } }, ...Array.from({ length: length - 1 }, (_, i) => ({ id: `n${i + 1}`, block: 'p.add' }))],
    Array.from({ length: length - 1 }, (_, i) => link(`n${i}.sum`, `n${i + 1}.a`)),
  );

describe('blocks that never await (plain generators)', () => {
  it('run a chain of 10 000 (the most nodes a graph may have) without deepening the stack', async () => {
    const run = await runTestGraph(chain(10_000), {}, { extraBlocks: plainBlocks });
    expect(run.record.status).toBe('COMPLETED');
    expect(run.nodeRuns).toHaveLength(10_000);
    expect(run.of('n9999')[0]).toMatchObject({ status: 'COMPLETED', outputs: { sum: [10_000] } });
  });

  it('end before the node runs they made ready start', async () => {
    const run = await runTestGraph(chain(3), {}, { extraBlocks: plainBlocks });
    const statuses = run.events.flatMap((e) => (e.type === 'node_run.status' ? [`${e.nodeId} ${e.status}`] : []));
    expect(statuses).toEqual(['n0 QUEUED', 'n0 RUNNING', 'n1 QUEUED', 'n0 COMPLETED', 'n1 RUNNING', 'n2 QUEUED', 'n1 COMPLETED', 'n2 RUNNING', 'n2 COMPLETED']);
  });

  it('fan out in yield order, each item through what follows', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'e', block: 'p.emit', inputs: { values: [1, 2, 3] } },
          { id: 'a', block: 'p.add', inputs: { b: 10 } },
          { id: 'out', block: 't.output', inputs: { name: 'sums' } },
        ],
        [link('e.value', 'a.a'), link('a.sum', 'out.value')],
      ),
      {},
      { extraBlocks: plainBlocks },
    );
    expect(run.record.outputs).toEqual({ sums: [11, 12, 13] });
  });

  it('are retried with backoff like any block, and give up after the last attempt', async () => {
    const sleeps: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void sleeps.push(ms) };
    const run = await runTestGraph(
      graph([
        { id: 'ok', block: 'p.fail', inputs: { tag: 'ok', until: 3 }, options: { retry: { attempts: 4, initialDelayMs: 100, factor: 2 } } },
        { id: 'no', block: 'p.fail', inputs: { tag: 'no', until: 9 }, options: { retry: { attempts: 2, initialDelayMs: 5 } } },
      ]),
      {},
      { extraBlocks: plainBlocks, engine: { clock, random: () => 1 } },
    );
    expect(run.of('ok')[0]).toMatchObject({ status: 'COMPLETED', attempts: 3, outputs: { ok: [true] } });
    expect(run.of('no')[0]).toMatchObject({ status: 'FAILED', attempts: 2, error: { message: 'attempt 2 failed' } });
    expect(sleeps.sort((a, b) => a - b)).toEqual([5, 100, 200]);
  });

  it('fail on a refused output and are closed, so their finally blocks run', async () => {
    const run = await runTestGraph(graph([{ id: 'b', block: 'p.bad', inputs: { tag: 'refused' } }]), {}, { extraBlocks: plainBlocks });
    expect(run.of('b')[0]).toMatchObject({ status: 'FAILED', error: { kind: 'invalid_output' }, outputs: {} });
    expect(closed).toContain('refused');
  });

  it('are stopped by the node-run limit even when nothing ever awaits', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'e', block: 'p.emit', inputs: { values: Array.from({ length: 1000 }, (_, i) => i) } },
          { id: 'a', block: 'p.add' },
          { id: 'b', block: 'p.add' },
        ],
        [link('e.value', 'a.a'), link('a.sum', 'b.a')],
      ),
      {},
      { extraBlocks: plainBlocks, engine: { maxNodeRuns: 50 } },
    );
    expect(run.record.status).toBe('FAILED');
    expect(run.record.error).toContain('reached its limit of 50 node runs');
    expect(run.nodeRuns.filter((r) => r.status === 'COMPLETED').length).toBeLessThanOrEqual(50);
  });

  it('a fan-out of a million stops at the limit: no node run past it is made, and the yielding node fails at that yield', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'count', block: 'p.count', inputs: { n: 1_000_000 } },
          { id: 'a', block: 'p.add' },
        ],
        [link('count.value', 'a.a')],
      ),
      {},
      { extraBlocks: plainBlocks, engine: { maxNodeRuns: 1000 } },
    );
    expect(run.record.status).toBe('FAILED');
    expect(run.nodeRuns).toHaveLength(1000);
    const count = run.nodeRuns.find((r) => r.nodeId === 'count')!;
    expect(count).toMatchObject({ status: 'FAILED', error: { kind: 'limit', message: expect.stringContaining('limit of 1000 node runs') } });
    // It yielded until the delivery that would have made node run 1001.
    expect(count.outputs.value).toHaveLength(1000);
  });
});
