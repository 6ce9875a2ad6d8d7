import { describe, expect, it } from 'vitest';
import { Engine } from './engine.ts';
import { GraphValidationError } from './graph/graph-issue.ts';
import type { Clock } from './ports/clock.ts';
import { InMemoryEventBus, type RunEvent } from './ports/events.ts';
import { InMemoryGraphStore } from './ports/graph-store.ts';
import { InMemoryRunStore } from './ports/run-store.ts';
import { RunInputError } from './run/run-input-error.ts';
import { runTestGraph } from './testing/run-test-graph.ts';
import { flakyBlock, graph, incrementGraph, link, testRegistry } from './testing/test-blocks.ts';

describe('rule 1: start', () => {
  it('an Input node emits the run input given by its name', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'in', block: 't.input', inputs: { name: 'n' } },
          { id: 'out', block: 't.output', inputs: { name: 'got' } },
        ],
        [link('in.result', 'out.value')],
      ),
      { n: 7 },
    );
    expect(run.record.status).toBe('COMPLETED');
    expect(run.record.outputs).toEqual({ got: [7] });
  });

  it('an Input node without a run input emits its default', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'in', block: 't.input', inputs: { name: 'n', value: 'dflt' } },
          { id: 'out', block: 't.output', inputs: { name: 'got' } },
        ],
        [link('in.result', 'out.value')],
      ),
    );
    expect(run.record.outputs).toEqual({ got: ['dflt'] });
  });

  it('nodes with no incoming links whose inputs are satisfied by defaults start too', async () => {
    const run = await runTestGraph(graph([{ id: 'a', block: 't.add', inputs: { a: 1, b: 2 } }]));
    expect(run.of('a').map((r) => r.outputs)).toEqual([{ sum: [3] }]);
  });

  it('unknown and missing run inputs are refused before anything runs', () => {
    const engine = new Engine({ registry: testRegistry() });
    const g = graph([{ id: 'in', block: 't.input', inputs: { name: 'n' } }]);
    expect(() => engine.startRun(g, { m: 1 })).toThrow(RunInputError);
    expect(() => engine.startRun(g, {})).toThrow(/Run input "n" is required/);
  });

  it('an invalid graph is refused with every issue', () => {
    const engine = new Engine({ registry: testRegistry() });
    const g = graph([
      { id: 'x', block: 'nope' },
      { id: 'y', block: 't.add' },
    ]);
    try {
      engine.startRun(g);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphValidationError);
      expect((error as GraphValidationError).issues.map((i) => i.code)).toEqual(['unknown_block', 'missing_input']);
    }
  });
});

describe('rule 2 and 5: delivery and fan-out', () => {
  it('each yield is delivered along every link of that output', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'src', block: 't.emit', inputs: { values: [1, 2] } },
          { id: 'p', block: 't.add', inputs: { b: 10 } },
          { id: 'q', block: 't.add', inputs: { b: 100 } },
        ],
        [link('src.value', 'p.a'), link('src.value', 'q.a')],
      ),
    );
    expect(run.of('p').map((r) => r.outputs.sum)).toEqual([[11], [12]]);
    expect(run.of('q').map((r) => r.outputs.sum)).toEqual([[101], [102]]);
  });

  it('N yields produce N runs downstream, in yield order', async () => {
    const values = Array.from({ length: 50 }, (_, i) => i);
    const run = await runTestGraph(
      graph(
        [
          { id: 'src', block: 't.emit', inputs: { values } },
          { id: 'inc', block: 't.add', inputs: { b: 1 } },
          { id: 'out', block: 't.output', inputs: { name: 'r' } },
        ],
        [link('src.value', 'inc.a'), link('inc.sum', 'out.value')],
      ),
      {},
      { engine: { maxConcurrency: 1 } },
    );
    expect(run.of('inc')).toHaveLength(50);
    expect(run.record.outputs.r).toEqual(values.map((v) => v + 1));
  });
});

describe('rule 3: pairing', () => {
  it('deliveries fill the oldest pending run lacking the pin (FIFO per link)', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'xs', block: 't.emit', inputs: { values: ['x1', 'x2', 'x3'] } },
          { id: 'ys', block: 't.emit', inputs: { values: ['y1', 'y2'] } },
          { id: 'p', block: 't.pair' },
        ],
        [link('xs.value', 'p.x'), link('ys.value', 'p.y')],
      ),
    );
    const completed = run.of('p').filter((r) => r.status === 'COMPLETED');
    expect(completed.map((r) => r.outputs.pair![0])).toEqual([
      ['x1', 'y1'],
      ['x2', 'y2'],
    ]);
    const incomplete = run.of('p').filter((r) => r.status === 'INCOMPLETE');
    expect(incomplete.map((r) => r.inputs)).toEqual([{ x: 'x3' }]);
  });
});

describe('rule 4: readiness', () => {
  it('a run waits for every linked pin, even optional ones', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'e', block: 't.emit', inputs: { values: [] } },
          { id: 'w', block: 't.fail', inputs: { message: 'must not run' } },
        ],
        [link('e.value', 'w.trigger')],
      ),
    );
    expect(run.of('w')).toEqual([]);
    expect(run.record.status).toBe('COMPLETED');
  });

  it('a ready run runs exactly once', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'a', block: 't.add', inputs: { a: 1 } },
          { id: 'b', block: 't.add', inputs: { b: 1 } },
        ],
        [link('a.sum', 'b.a')],
      ),
    );
    expect(run.of('b')).toHaveLength(1);
    expect(run.events.filter((e) => e.type === 'node_run.status' && e.nodeId === 'b' && e.status === 'RUNNING')).toHaveLength(1);
  });
});

describe('rule 6: static links', () => {
  const nodes = (values: number[]) => [
    { id: 'cfg', block: 't.add', inputs: { a: 100 } },
    { id: 'xs', block: 't.emit', inputs: { values } },
    { id: 'sum', block: 't.add' },
    { id: 'out', block: 't.output', inputs: { name: 'sums' } },
  ];
  const links = [link('cfg.sum', 'sum.b', true), link('xs.value', 'sum.a'), link('sum.sum', 'out.value')];

  it('the last static value feeds every pending run and every later one', async () => {
    const run = await runTestGraph(graph(nodes([1, 2, 3]), links));
    expect(run.record.outputs.sums).toEqual([101, 102, 103]);
    expect(run.of('sum').every((r) => r.status === 'COMPLETED')).toBe(true);
  });

  it('runs waiting only on the static value become ready when it arrives', async () => {
    const delayed = graph(
      [
        { id: 'slow', block: 't.wait', inputs: { ms: 20, value: 1000 } },
        { id: 'xs', block: 't.emit', inputs: { values: [1, 2] } },
        { id: 'sum', block: 't.add' },
        { id: 'out', block: 't.output', inputs: { name: 'sums' } },
      ],
      [link('slow.value', 'sum.b', true), link('xs.value', 'sum.a'), link('sum.sum', 'out.value')],
    );
    const run = await runTestGraph(delayed);
    expect(run.record.outputs.sums).toEqual([1001, 1002]);
  });

  it('a block with staticOutput makes every link leaving it static', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'cfg', block: 't.store', inputs: { value: 7 } },
          { id: 'xs', block: 't.emit', inputs: { values: [1, 2] } },
          { id: 'sum', block: 't.add' },
          { id: 'out', block: 't.output', inputs: { name: 'sums' } },
        ],
        [link('cfg.value', 'sum.b'), link('xs.value', 'sum.a'), link('sum.sum', 'out.value')],
      ),
    );
    expect(run.record.outputs.sums).toEqual([8, 9]);
  });
});

describe('rule 7: composite pins', () => {
  it('list elements assemble in index order, whatever order they arrive in', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'late', block: 't.wait', inputs: { ms: 10, value: 'first' } },
          { id: 'early', block: 't.add', inputs: { a: 2 } },
          { id: 'l', block: 't.list' },
        ],
        [link('late.value', 'l.items[0]'), link('early.sum', 'l.items[1]')],
      ),
    );
    expect(run.of('l')[0]!.outputs.list).toEqual([['first', 2]]);
  });

  it('object keys assemble on top of the default object', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'v', block: 't.add', inputs: { a: 5 } },
          { id: 'd', block: 't.dict', inputs: { values: { kept: true, city: 'x' } } },
        ],
        [link('v.sum', 'd.values.city')],
      ),
    );
    expect(run.of('d')[0]!.outputs.dict).toEqual([{ kept: true, city: 5 }]);
  });
});

describe('rule 8: errors', () => {
  it('an unhandled failure marks the graph FAILED, and other branches still finish', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'bad', block: 't.fail', inputs: { message: 'kaput' } },
          { id: 'ok', block: 't.add', inputs: { a: 1 } },
          { id: 'out', block: 't.output', inputs: { name: 'r' } },
        ],
        [link('ok.sum', 'out.value')],
      ),
    );
    expect(run.record.status).toBe('FAILED');
    expect(run.record.error).toContain('kaput');
    expect(run.record.outputs).toEqual({ r: [1] });
    expect(run.of('bad')[0]).toMatchObject({ status: 'FAILED', error: { message: 'kaput', kind: 'test_failure' } });
  });

  it('a linked error output handles the failure and carries { message, kind }', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'bad', block: 't.fail', inputs: { message: 'kaput' } },
          { id: 'out', block: 't.output', inputs: { name: 'caught' } },
        ],
        [link('bad.error', 'out.value')],
      ),
    );
    expect(run.record.status).toBe('COMPLETED');
    expect(run.record.outputs.caught).toEqual([{ message: 'kaput', kind: 'test_failure' }]);
    expect(run.of('bad')[0]!.status).toBe('FAILED');
  });

  it('a link whose types cannot fit is refused before the run', () => {
    const engine = new Engine({ registry: testRegistry() });
    const g = graph(
      [
        { id: 'a', block: 't.add', inputs: { a: 1 } },
        { id: 't', block: 't.text' },
      ],
      [link('a.sum', 't.text')],
    );
    expect(() => engine.startRun(g)).toThrow(/output type number does not fit input type string/);
  });

  it('a value of the wrong type at run time fails the node run with a message naming the pin', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'e', block: 't.emit', inputs: { values: [42] } },
          { id: 't', block: 't.text' },
        ],
        [link('e.value', 't.text')],
      ),
    );
    expect(run.of('t')[0]!.error).toEqual({ kind: 'invalid_input', message: expect.stringContaining('Input "text" of node "t" (t.text)') });
    expect(run.record.status).toBe('FAILED');
  });

  it('yielding an undeclared or mistyped output fails the node run', async () => {
    const unknown = await runTestGraph(graph([{ id: 'b', block: 't.bad_output', inputs: { mode: 'unknown' } }]));
    expect(unknown.of('b')[0]!.error).toMatchObject({ kind: 'invalid_output', message: expect.stringContaining('unknown output "nope"') });
    const mistyped = await runTestGraph(graph([{ id: 'b', block: 't.bad_output', inputs: { mode: 'type' } }]));
    expect(mistyped.of('b')[0]!.error).toMatchObject({ kind: 'invalid_output' });
  });
});

describe('rule 9: completion', () => {
  it('pending runs left at the end are recorded INCOMPLETE and do not fail the run', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'x', block: 't.add', inputs: { a: 1 } },
          { id: 'e', block: 't.emit', inputs: { values: [] } },
          { id: 'p', block: 't.pair' },
        ],
        [link('x.sum', 'p.x'), link('e.value', 'p.y')],
      ),
    );
    expect(run.record.status).toBe('COMPLETED');
    expect(run.of('p')).toMatchObject([{ status: 'INCOMPLETE', inputs: { x: 1 } }]);
    expect(run.events.some((e) => e.type === 'node_run.status' && e.nodeId === 'p' && e.status === 'INCOMPLETE')).toBe(true);
  });

  it('an output name collects several values', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'e', block: 't.emit', inputs: { values: ['a', 'b'] } },
          { id: 'out', block: 't.output', inputs: { name: 'all' } },
        ],
        [link('e.value', 'out.value')],
      ),
    );
    expect(run.record.outputs).toEqual({ all: ['a', 'b'] });
  });

  it('note nodes never run', async () => {
    const run = await runTestGraph(graph([{ id: 'n', block: 't.note', inputs: { text: 'hi' } }]));
    expect(run.record.status).toBe('COMPLETED');
    expect(run.nodeRuns).toEqual([]);
  });
});

describe('rule 10: statuses and events', () => {
  it('graph and node runs move through their statuses in order', async () => {
    const run = await runTestGraph(graph([{ id: 'a', block: 't.add', inputs: { a: 1 } }]));
    const graphStatuses = run.events.filter((e) => e.type === 'graph_run.status').map((e) => (e as { status: string }).status);
    expect(graphStatuses).toEqual(['QUEUED', 'RUNNING', 'COMPLETED']);
    const nodeStatuses = run.events.filter((e) => e.type === 'node_run.status').map((e) => (e as { status: string }).status);
    expect(nodeStatuses).toEqual(['QUEUED', 'RUNNING', 'COMPLETED']);
    expect(run.events.filter((e) => e.type === 'node_run.output')).toMatchObject([{ nodeId: 'a', output: 'sum', value: 1 }]);
  });

  it('builds no output events while the sink says nobody wants them, and does again once someone does', async () => {
    const events: RunEvent[] = [];
    let watched = false;
    const asked: string[] = [];
    const sink = {
      publish: (e: RunEvent) => events.push(e),
      wantsOutputs: (runId: string) => (asked.push(runId), watched),
    };
    const engine = new Engine({ registry: testRegistry(), events: sink });
    const quiet = await engine.run(graph([{ id: 'a', block: 't.add', inputs: { a: 1 } }]));
    expect(events.filter((e) => e.type === 'node_run.output')).toEqual([]);
    expect(events.filter((e) => e.type === 'node_run.status').map((e) => (e as { status: string }).status)).toEqual(['QUEUED', 'RUNNING', 'COMPLETED']);
    expect(asked).toEqual([quiet.id]);
    watched = true;
    const seen = await engine.run(graph([{ id: 'a', block: 't.add', inputs: { a: 2 } }]));
    expect(events.filter((e) => e.type === 'node_run.output')).toMatchObject([{ runId: seen.id, nodeId: 'a', output: 'sum', value: 2 }]);
  });

  it('progress and log lines reach their sinks with run and node ids', async () => {
    const logs: unknown[] = [];
    const run = await runTestGraph(graph([{ id: 'p', block: 't.progress', inputs: { steps: 2 } }]), {}, { engine: { log: (entry) => logs.push(entry) } });
    const progress = run.events.filter((e): e is Extract<RunEvent, { type: 'node_run.progress' }> => e.type === 'node_run.progress');
    expect(progress.map((e) => e.progress)).toEqual([
      { fraction: 0.5, delta: 'step 1' },
      { fraction: 1, delta: 'step 2' },
    ]);
    expect(logs).toEqual([{ level: 'info', message: 'progress finished', runId: run.record.id, nodeId: 'p', data: { steps: 2 } }]);
  });
});

describe('rule 11: control', () => {
  it('retries a failing block with exponential backoff, then succeeds', async () => {
    const attempts = { count: 0 };
    const sleeps: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void sleeps.push(ms) };
    const run = await runTestGraph(
      graph([{ id: 'f', block: 't.flaky', inputs: { value: 'ok' }, options: { retry: { attempts: 4, initialDelayMs: 100, factor: 3 } } }]),
      {},
      { extraBlocks: [flakyBlock(attempts, 2)], engine: { clock, random: () => 1 } },
    );
    expect(run.of('f')[0]).toMatchObject({ status: 'COMPLETED', attempts: 3, outputs: { value: ['ok'] } });
    expect(sleeps).toEqual([100, 300]);
  });

  it('gives up after the last attempt', async () => {
    const attempts = { count: 0 };
    const clock: Clock = { now: () => 0, sleep: async () => undefined };
    const run = await runTestGraph(
      graph([{ id: 'f', block: 't.flaky', inputs: { value: 1 }, options: { retry: { attempts: 2 } } }]),
      {},
      { extraBlocks: [flakyBlock(attempts, 5)], engine: { clock } },
    );
    expect(run.of('f')[0]).toMatchObject({ status: 'FAILED', attempts: 2, error: { message: 'attempt 2 failed' } });
    expect(run.record.status).toBe('FAILED');
  });

  it('does not retry an error the block marks as not retriable', async () => {
    const run = await runTestGraph(graph([{ id: 'r', block: 't.fail', inputs: { retriable: false }, options: { retry: { attempts: 5, initialDelayMs: 0 } } }]));
    expect(run.of('r')[0]).toMatchObject({ status: 'FAILED', attempts: 1, error: { kind: 'test_failure' } });
  });

  it('does not retry a run that already yielded, so nothing is delivered twice', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'f', block: 't.fail', inputs: { after: 'partial' }, options: { retry: { attempts: 3, initialDelayMs: 0 } } },
          { id: 'out', block: 't.output', inputs: { name: 'p' } },
        ],
        [link('f.partial', 'out.value')],
      ),
    );
    expect(run.of('f')[0]!.attempts).toBe(1);
    expect(run.record.outputs.p).toEqual(['partial']);
  });

  it('a per-node timeout aborts the attempt, even when the block ignores its signal', async () => {
    const run = await runTestGraph(graph([{ id: 'w', block: 't.hang', inputs: { ignore_signal: true }, options: { timeoutMs: 30 } }]));
    expect(run.of('w')[0]!.error).toMatchObject({ kind: 'timeout', message: expect.stringContaining('Timed out after 30 ms') });
  });

  it('never runs more nodes at once than the concurrency limit', async () => {
    let running = 0;
    let peak = 0;
    const bus = new InMemoryEventBus();
    bus.subscribe((e) => {
      if (e.type !== 'node_run.status' || e.nodeId !== 'w') return;
      if (e.status === 'RUNNING' && e.attempt === 1) peak = Math.max(peak, ++running);
      if (e.status === 'COMPLETED') running--;
    });
    const engine = new Engine({ registry: testRegistry(), events: bus });
    const record = await engine.run(
      graph(
        [
          { id: 'e', block: 't.emit', inputs: { values: [1, 2, 3, 4, 5, 6, 7, 8] } },
          { id: 'w', block: 't.wait', inputs: { ms: 5 } },
        ],
        [link('e.value', 'w.value')],
      ),
      {},
      { maxConcurrency: 3 },
    );
    expect(record.status).toBe('COMPLETED');
    expect(peak).toBe(3);
  });

  it('cancel aborts running blocks and marks the run TERMINATED', async () => {
    const bus = new InMemoryEventBus();
    const runStore = new InMemoryRunStore();
    const engine = new Engine({ registry: testRegistry(), events: bus, runStore });
    // The block never ends by itself: the run can only end through the cancel.
    const running = new Promise<void>((resolve) =>
      bus.subscribe((e) => {
        if (e.type === 'node_run.status' && e.nodeId === 'w' && e.status === 'RUNNING') resolve();
      }),
    );
    const handle = engine.startRun(
      graph(
        [
          { id: 'w', block: 't.hang' },
          { id: 'after', block: 't.add' },
        ],
        [link('w.value', 'after.a')],
      ),
    );
    await running;
    handle.cancel('user pressed stop');
    const record = await handle.done;
    expect(record.status).toBe('TERMINATED');
    expect(runStore.nodeRunsOf(record.id).map((r) => [r.nodeId, r.status])).toEqual([['w', 'TERMINATED']]);
  });

  it('an aborted external signal stops the run', async () => {
    const controller = new AbortController();
    const engine = new Engine({ registry: testRegistry() });
    const done = engine.run(graph([{ id: 'w', block: 't.wait', inputs: { ms: 10_000 } }]), {}, { signal: controller.signal });
    controller.abort();
    expect((await done).status).toBe('TERMINATED');
  });

  it('runs a saved graph as a sub-graph and returns its outputs', async () => {
    const graphs = new InMemoryGraphStore();
    graphs.save('child', incrementGraph());
    const run = await runTestGraph(
      graph([{ id: 's', block: 't.subgraph', inputs: { graph_id: 'child', inputs: { x: 41 } } }]),
      {},
      { engine: { graphStore: graphs } },
    );
    expect(run.of('s')[0]!.outputs.outputs).toEqual([{ y: [42] }]);
  });

  it('refuses sub-graphs nested deeper than the limit', async () => {
    const graphs = new InMemoryGraphStore();
    graphs.save('self', graph([{ id: 's', block: 't.subgraph', inputs: { graph_id: 'self' } }]));
    const run = await runTestGraph(
      graph([{ id: 's', block: 't.subgraph', inputs: { graph_id: 'self' } }]),
      {},
      { engine: { graphStore: graphs, maxDepth: 3 } },
    );
    expect(run.record.status).toBe('FAILED');
    expect(run.record.error).toContain('the limit is 3');
  });

  it('fails a node whose output is larger than one output may be, naming the size and the setting, and delivers nothing', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'big', block: 't.text', inputs: { text: 'é'.repeat(2000) } },
          { id: 'list', block: 't.list', inputs: { items: Array.from({ length: 1000 }, (_, i) => i) } },
          { id: 'after', block: 't.text' },
        ],
        [link('big.text', 'after.text')],
      ),
      {},
      { engine: { maxOutputBytes: 1024 } },
    );
    const big = run.nodeRuns.find((r) => r.nodeId === 'big')!;
    expect(big).toMatchObject({ status: 'FAILED', outputs: {} });
    expect(big.error).toEqual({
      kind: 'output_too_large',
      message:
        'Output "text" of node "big" is 3.9 KB; one output may be at most 1.0 KB (BLOCKSMITH_MAX_OUTPUT_BYTES). Put out less, or write it to a file and pass the file on.',
    });
    expect(run.nodeRuns.find((r) => r.nodeId === 'list')).toMatchObject({
      status: 'FAILED',
      error: { message: expect.stringContaining('is more than 1.0 KB') },
    });
    expect(run.nodeRuns.find((r) => r.nodeId === 'after')?.status ?? 'never made').not.toBe('COMPLETED');
  });

  it('stops a run that creates more node runs than allowed', async () => {
    const run = await runTestGraph(
      graph(
        [
          { id: 'e', block: 't.emit', inputs: { values: Array.from({ length: 100 }, (_, i) => i) } },
          { id: 'a', block: 't.add' },
        ],
        [link('e.value', 'a.a')],
      ),
      {},
      { engine: { maxNodeRuns: 10 } },
    );
    expect(run.record.status).toBe('FAILED');
    expect(run.record.error).toContain('reached its limit of 10 node runs');
  });
});

describe('robustness', () => {
  it('a run store that throws fails the node run but the graph run still ends', async () => {
    const store = new InMemoryRunStore();
    const original = store.saveNodeRun.bind(store);
    store.saveNodeRun = (run) => {
      if (run.nodeId === 'b' && run.status === 'RUNNING') throw new Error('disk full');
      original(run);
    };
    const engine = new Engine({ registry: testRegistry(), runStore: store });
    const record = await engine.run(
      graph(
        [
          { id: 'a', block: 't.add', inputs: { a: 1 } },
          { id: 'b', block: 't.add' },
        ],
        [link('a.sum', 'b.a')],
      ),
    );
    expect(record.status).toBe('FAILED');
    expect(record.error).toContain('Engine error while running node "b": disk full');
  });

  it('an event listener that throws cannot break a run', async () => {
    const errors: unknown[] = [];
    const bus = new InMemoryEventBus((error) => errors.push(error));
    bus.subscribe(() => {
      throw new Error('listener bug');
    });
    const engine = new Engine({ registry: testRegistry(), events: bus });
    const record = await engine.run(graph([{ id: 'a', block: 't.add', inputs: { a: 1 } }]));
    expect(record.status).toBe('COMPLETED');
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('compiled graph cache', () => {
  it('compiles a saved version once, whatever object it arrives in', () => {
    const engine = new Engine({ registry: testRegistry() });
    const file = graph([{ id: 'a', block: 't.add', inputs: { a: 1 } }]);
    const first = engine.prepare({ ...file, id: 'g', version: 1 });
    expect(engine.prepare({ ...structuredClone(file), id: 'g', version: 1 })).toBe(first);
    expect(engine.prepare({ ...file, id: 'g', version: 2 })).not.toBe(first);
    expect(engine.prepare(file)).not.toBe(first);
  });
});
