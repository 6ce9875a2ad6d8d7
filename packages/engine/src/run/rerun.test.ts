import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../engine.ts';
import type { GraphFile } from '../graph/graph-file.ts';
import { InMemoryGraphStore } from '../ports/graph-store.ts';
import { InMemoryRunStore } from '../ports/run-store.ts';
import { randomGraph } from '../testing/random-graph.ts';
import { runTestGraph, type TestRun } from '../testing/run-test-graph.ts';
import { countingBlock, graph, incrementGraph, link, testRegistry } from '../testing/test-blocks.ts';
import { rerunNodes } from './rerun-plan.ts';
import { UnknownNodeError } from '../graph/unknown-node-error.ts';
import { compileGraph } from './compiled-graph.ts';

/** Re-runs `first` from `fromNode` with `g` (the graph as it is now), on a fresh engine like another process would. */
function rerun(g: GraphFile, first: TestRun, fromNode: string, options: Parameters<typeof runTestGraph>[2] = {}, inputs = first.record.inputs) {
  return runTestGraph(g, inputs, {
    ...options,
    run: { trigger: { kind: 'rerun', runId: first.record.id, fromNode }, reuse: { records: first.nodeRuns, fromNode } },
  });
}

/** Each node's runs in order: a re-run keeps them, while runs of different nodes may interleave differently (reused ones take no time). */
const observable = (run: TestRun) =>
  Object.fromEntries(
    [...new Set(run.nodeRuns.map((r) => r.nodeId))].map((node) => [
      node,
      run.of(node).map((r) => ({ status: r.status, inputs: r.inputs, outputs: r.outputs, error: r.error })),
    ]),
  );

describe('re-run from a node', () => {
  const chain = graph(
    [
      { id: 'in', block: 't.input', inputs: { name: 'x' } },
      { id: 'a', block: 't.count' },
      { id: 'b', block: 't.add', inputs: { b: 1 } },
      { id: 'out', block: 't.output', inputs: { name: 'y' } },
    ],
    [link('in.result', 'a.value'), link('a.value', 'b.a'), link('b.sum', 'out.value')],
  );

  it('reuses what does not depend on the chosen node and runs it and what follows it again', async () => {
    const calls: string[] = [];
    const extraBlocks = [countingBlock(calls)];
    const first = await runTestGraph(chain, { x: 4 }, { extraBlocks });
    const again = await rerun(chain, first, 'b', { extraBlocks });
    expect(calls).toEqual(['4']);
    expect(again.record).toMatchObject({ status: 'COMPLETED', outputs: { y: [5] }, trigger: { kind: 'rerun', runId: first.record.id, fromNode: 'b' } });
    expect(again.nodeRuns.map((r) => [r.nodeId, r.reusedFrom])).toEqual([
      ['in', first.of('in')[0]!.id],
      ['a', first.of('a')[0]!.id],
      ['b', undefined],
      ['out', undefined],
    ]);
    const reusedEvents = again.events.filter((e) => e.type === 'node_run.status' && e.reusedFrom !== undefined && e.status === 'COMPLETED');
    expect(reusedEvents.map((e) => e.type === 'node_run.status' && e.nodeId)).toEqual(['in', 'a']);
  });

  it('runs the chosen node with the graph as it is now, and reuses a node whose settings did not change', async () => {
    const calls: string[] = [];
    const extraBlocks = [countingBlock(calls)];
    const first = await runTestGraph(chain, { x: 4 }, { extraBlocks });
    const edited = { ...chain, nodes: chain.nodes.map((n) => (n.id === 'b' ? { ...n, inputs: { b: 100 } } : n)) };
    const again = await rerun(edited, first, 'b', { extraBlocks });
    expect(again.record.outputs).toEqual({ y: [104] });
    expect(calls).toEqual(['4']);
  });

  it('runs a node that does not depend on the chosen one again when its inputs changed (new run inputs)', async () => {
    const calls: string[] = [];
    const extraBlocks = [countingBlock(calls)];
    const first = await runTestGraph(chain, { x: 4 }, { extraBlocks });
    const again = await rerun(chain, first, 'out', { extraBlocks }, { x: 7 });
    expect(again.record.outputs).toEqual({ y: [8] });
    expect(calls).toEqual(['4', '7']);
    expect(again.nodeRuns.every((r) => r.reusedFrom === undefined)).toBe(true);
  });

  it('replays a fan-out: the same deliveries in the same order', async () => {
    const g = graph(
      [
        { id: 'e', block: 't.emit', inputs: { values: [3, 1, 2] } },
        { id: 'a', block: 't.add', inputs: { b: 10 } },
        { id: 'out', block: 't.output', inputs: { name: 'sums' } },
      ],
      [link('e.value', 'a.a'), link('a.sum', 'out.value')],
    );
    const first = await runTestGraph(g);
    const again = await rerun(g, first, 'a');
    expect(again.record.outputs).toEqual({ sums: [13, 11, 12] });
    expect(again.of('a').map((r) => r.inputs.a)).toEqual([3, 1, 2]);
    expect(again.of('e')[0]!.reusedFrom).toBe(first.of('e')[0]!.id);
  });

  it('counts no model use for reused node runs', async () => {
    const g = graph(
      [
        { id: 'u', block: 't.usage', inputs: { input_tokens: 10, output_tokens: 5, cost: 0.5 } },
        { id: 'after', block: 't.pair', inputs: { y: 1 } },
      ],
      [link('u.done', 'after.x')],
    );
    const first = await runTestGraph(g);
    expect(first.record.usage).toMatchObject({ inputTokens: 10 });
    const again = await rerun(g, first, 'after');
    expect(again.record.usage).toBeUndefined();
    expect(again.of('u')[0]!.usage).toBeUndefined();
  });

  it('replays a failure routed to an error output, so its handler re-runs with the same error', async () => {
    const g = graph(
      [
        { id: 'f', block: 't.fail', inputs: { message: 'nope', retriable: false } },
        { id: 'handle', block: 't.pair', inputs: { y: 'handled' } },
      ],
      [link('f.error', 'handle.x')],
    );
    const first = await runTestGraph(g);
    const again = await rerun(g, first, 'handle');
    expect(again.record.status).toBe('COMPLETED');
    expect(again.of('f')[0]).toMatchObject({ status: 'FAILED', reusedFrom: first.of('f')[0]!.id, error: { message: 'nope' } });
    expect(observable(again)).toEqual(observable(first));
  });

  it('runs an unhandled failure again rather than reusing it', async () => {
    const g = graph([
      { id: 'f', block: 't.fail', inputs: { retriable: false } },
      { id: 'other', block: 't.add', inputs: { a: 1 } },
    ]);
    const first = await runTestGraph(g);
    const again = await rerun(g, first, 'other');
    expect(again.of('f')[0]!.reusedFrom).toBeUndefined();
    expect(again.of('other')[0]!.reusedFrom).toBeUndefined();
    expect(again.record.status).toBe('FAILED');
  });

  it('follows static links and composite pins', async () => {
    const g = graph(
      [
        { id: 'cfg', block: 't.store', inputs: { value: 'k' } },
        { id: 'e', block: 't.emit', inputs: { values: [1, 2] } },
        { id: 'p', block: 't.pair' },
        { id: 'l', block: 't.list' },
      ],
      [link('cfg.value', 'p.x'), link('e.value', 'p.y'), link('p.pair', 'l.items[0]'), link('e.done', 'l.items[1]')],
    );
    const first = await runTestGraph(g);
    expect([...rerunNodes(compileGraph(g, testRegistry()), 'cfg')].sort()).toEqual(['cfg', 'l', 'p']);
    for (const node of ['cfg', 'e', 'p', 'l']) expect(observable(await rerun(g, first, node))).toEqual(observable(first));
  });

  it('reuses a sub-agent node without starting its sub-run again', async () => {
    const graphs = new InMemoryGraphStore();
    graphs.save('child', incrementGraph());
    const g = graph(
      [
        { id: 's', block: 't.subgraph', inputs: { graph_id: 'child', inputs: { x: 41 } } },
        { id: 'after', block: 't.pair', inputs: { y: 0 } },
      ],
      [link('s.outputs', 'after.x')],
    );
    const runStore = new InMemoryRunStore();
    const engine = new Engine({ registry: testRegistry(), runStore, graphStore: graphs, log: () => undefined });
    const first = await engine.run(g);
    const records = runStore.nodeRunsOf(first.id);
    const again = await engine.run(g, {}, { trigger: { kind: 'rerun', runId: first.id, fromNode: 'after' }, reuse: { records, fromNode: 'after' } });
    expect(again.status).toBe('COMPLETED');
    expect(runStore.nodeRunsOf(again.id).find((r) => r.nodeId === 'after')!.inputs.x).toEqual({ y: [42] });
    expect([...runStore.graphRuns.values()].filter((r) => r.parentRunId === again.id)).toEqual([]);
  });

  it("re-runs an agent when a node it re-runs is fed by the agent's tool, and the tools of an agent it re-runs", async () => {
    const g = graph(
      [
        { id: 'agent', block: 't.agent', inputs: { calls: [{ name: 'add', args: { a: 1 } }] } },
        { id: 'adder', block: 't.add', inputs: { b: 10 } },
        { id: 'out', block: 't.output', inputs: { name: 'sums' } },
        { id: 'alone', block: 't.add', inputs: { a: 2 } },
      ],
      [link('agent.tools', 'adder.a'), link('adder.sum', 'out.value')],
    );
    const compiled = compileGraph(g, testRegistry());
    expect([...rerunNodes(compiled, 'out')].sort()).toEqual(['adder', 'agent', 'out']);
    expect([...rerunNodes(compiled, 'adder')].sort()).toEqual(['adder', 'agent', 'out']);
    const first = await runTestGraph(g);
    const again = await rerun(g, first, 'out');
    expect(again.record.outputs).toEqual({ sums: [11] });
    expect(again.nodeRuns.filter((r) => r.reusedFrom).map((r) => r.nodeId)).toEqual(['alone']);
  });

  it('refuses a node the graph does not have, naming it, before recording a run', async () => {
    const runStore = new InMemoryRunStore();
    const engine = new Engine({ registry: testRegistry([countingBlock([])]), runStore, log: () => undefined });
    expect(() => engine.startRun(chain, { x: 1 }, { trigger: { kind: 'rerun', runId: 'r', fromNode: 'gone' } })).toThrow(UnknownNodeError);
    expect(() => engine.startRun(chain, { x: 1 }, { trigger: { kind: 'rerun', runId: 'r', fromNode: 'gone' } })).toThrow(/Node "gone" is not in this version/);
    expect(runStore.graphRuns.size).toBe(0);
  });

  it('property: re-running a deterministic graph from any node gives every node the same runs as the full run', async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, fc.nat(), fc.integer({ min: 1, max: 8 }), async (g, pick, maxConcurrency) => {
        const first = await runTestGraph(g, {}, { engine: { maxConcurrency } });
        const fromNode = g.nodes[pick % g.nodes.length]!.id;
        const again = await rerun(g, first, fromNode, { engine: { maxConcurrency } });
        expect(observable(again)).toEqual(observable(first));
        const rerunSet = rerunNodes(compileGraph(g, testRegistry()), fromNode);
        for (const r of again.nodeRuns) if (r.status === 'COMPLETED') expect(r.reusedFrom === undefined).toBe(rerunSet.has(r.nodeId));
      }),
      { numRuns: 80 },
    );
  });
});
