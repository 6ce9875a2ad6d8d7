import { describe, expect, it } from 'vitest';
import type { GraphRunRecord, NodeRunRecord, RunEvent } from '../api/types.ts';
import { applyEvent, emptyRunView, failingNode, fromSnapshot } from './run-view.ts';

const status = (nodeRunId: string, nodeId: string, s: string, extra = {}): RunEvent =>
  ({ type: 'node_run.status', runId: 'r', nodeRunId, nodeId, blockId: 'b', status: s, attempt: 1, at: 0, ...extra }) as RunEvent;

/** The view of an ended run in which node `a` ran once, its node run with `extra`. */
const snapshotOfNodeA = (extra: Partial<NodeRunRecord>) => {
  const run: GraphRunRecord = { id: 'r', status: 'COMPLETED', outputs: {}, graphName: 'g', depth: 0, inputs: {}, createdAt: 0 };
  const latest: NodeRunRecord = {
    id: 'r.1',
    graphRunId: 'r',
    nodeId: 'a',
    blockId: 'b',
    seq: 1,
    status: 'COMPLETED',
    inputs: {},
    outputs: {},
    attempts: 1,
    createdAt: 0,
  };
  return fromSnapshot({ run, nodeRuns: [], nodes: { a: { runs: 1, latest: { ...latest, ...extra } } } });
};

describe('run view', () => {
  it('counts node runs and keeps the latest status per node', () => {
    let view = emptyRunView('r');
    for (const e of [status('r.1', 'n', 'QUEUED'), status('r.1', 'n', 'RUNNING'), status('r.1', 'n', 'COMPLETED'), status('r.2', 'n', 'QUEUED')])
      view = applyEvent(view, e);
    expect(view.nodes.n).toMatchObject({ status: 'QUEUED', runs: 2 });
  });

  it('collects outputs and errors, and ignores other runs', () => {
    let view = applyEvent(emptyRunView('r'), status('r.1', 'n', 'RUNNING'));
    view = applyEvent(view, { type: 'node_run.output', runId: 'r', nodeRunId: 'r.1', nodeId: 'n', output: 'x', index: 0, value: 1, at: 0 });
    view = applyEvent(view, status('r.1', 'n', 'FAILED', { error: { message: 'boom', kind: 'k' } }));
    view = applyEvent(view, { type: 'graph_run.status', runId: 'other', status: 'FAILED', at: 0 });
    expect(view.nodes.n).toMatchObject({ status: 'FAILED', outputs: { x: [1] }, error: { message: 'boom' } });
    expect(view.status).toBe('QUEUED');
  });

  it('accumulates streamed text and progress of the running node', () => {
    let view = applyEvent(emptyRunView('r'), status('r.1', 'n', 'RUNNING'));
    for (const delta of ['Hel', 'lo'])
      view = applyEvent(view, { type: 'node_run.progress', runId: 'r', nodeRunId: 'r.1', nodeId: 'n', progress: { delta }, at: 0 });
    view = applyEvent(view, { type: 'node_run.progress', runId: 'r', nodeRunId: 'r.1', nodeId: 'n', progress: { fraction: 0.5 }, at: 0 });
    expect(view.nodes.n).toMatchObject({ streamed: 'Hello', fraction: 0.5 });
    expect(applyEvent(view, status('r.1', 'n', 'COMPLETED')).nodes.n!.streamed).toBe('Hello');
    expect(applyEvent(view, status('r.2', 'n', 'QUEUED')).nodes.n!.streamed).toBeUndefined();
  });

  it('rebuilds from a snapshot', () => {
    const run: GraphRunRecord = { id: 'r', status: 'COMPLETED', outputs: { y: [1] }, graphName: 'g', depth: 0, inputs: {}, createdAt: 0 };
    const nodeRuns = [1, 2].map((seq) => ({
      id: `r.${seq}`,
      graphRunId: 'r',
      nodeId: 'n',
      blockId: 'b',
      seq,
      status: 'COMPLETED' as const,
      inputs: { seq },
      outputs: { o: [seq] },
      attempts: 1,
      createdAt: 0,
    }));
    // The server sums every node run of a node; the page holds the first node run only.
    const nodes = { n: { runs: 2, latest: nodeRuns[1]! } };
    expect(fromSnapshot({ run, nodeRuns: nodeRuns.slice(0, 1), nodes }).nodes.n).toEqual({
      status: 'COMPLETED',
      runs: 2,
      inputs: { seq: 2 },
      outputs: { o: [2] },
    });
  });

  it('marks nodes whose latest node run was reused by a re-run from a node, live and from a snapshot', () => {
    let view = applyEvent(emptyRunView('r'), status('r.1', 'a', 'QUEUED'));
    view = applyEvent(view, status('r.1', 'a', 'COMPLETED', { reusedFrom: 'old.1' }));
    view = applyEvent(view, status('r.2', 'b', 'COMPLETED'));
    expect([view.nodes.a!.reused, view.nodes.b!.reused]).toEqual([true, undefined]);
    expect(snapshotOfNodeA({ reusedFrom: 'old.1' }).nodes.a!.reused).toBe(true);
  });

  it('says how long the latest node run of each node took, live and from a snapshot', () => {
    let view = applyEvent(emptyRunView('r'), status('r.1', 'a', 'RUNNING'));
    expect(view.nodes.a!.took).toBeUndefined();
    view = applyEvent(view, status('r.1', 'a', 'COMPLETED', { at: 1250, startedAt: 1000 }));
    expect(view.nodes.a!.took).toBe(250);
    expect(snapshotOfNodeA({ startedAt: 10, endedAt: 42 }).nodes.a!.took).toBe(32);
  });

  it('sums model usage per node over its runs and over the whole run, counting repeated reports of a node run once', () => {
    const usage = (inputTokens: number) => ({ inputTokens, outputTokens: 1, costUsd: inputTokens / 1000, calls: 1, unpricedCalls: 0 });
    let view = emptyRunView('r');
    view = applyEvent(view, status('r.1', 'n', 'RUNNING', { usage: usage(10) }));
    view = applyEvent(view, status('r.1', 'n', 'COMPLETED', { usage: usage(30) }));
    view = applyEvent(view, status('r.2', 'n', 'COMPLETED', { usage: usage(5) }));
    view = applyEvent(view, status('r.3', 'm', 'COMPLETED', { usage: usage(100) }));
    expect(view.nodes.n!.usage).toEqual({ inputTokens: 35, outputTokens: 2, costUsd: expect.closeTo(0.035), calls: 2, unpricedCalls: 0 });
    expect(view.usage).toMatchObject({ inputTokens: 135, calls: 3 });
    const final = { inputTokens: 200, outputTokens: 9, costUsd: 1, calls: 4, unpricedCalls: 1 };
    expect(applyEvent(view, { type: 'graph_run.status', runId: 'r', status: 'COMPLETED', at: 0, usage: final }).usage).toEqual(final);
  });

  it('finds the node a failed run failed at, first in the graph’s order, and none before the run has failed', () => {
    let view = emptyRunView('r');
    for (const e of [status('r.1', 'a', 'COMPLETED'), status('r.2', 'c', 'FAILED'), status('r.3', 'b', 'FAILED')]) view = applyEvent(view, e);
    expect(failingNode(view, ['a', 'b', 'c'])).toBeUndefined();
    view = { ...view, status: 'FAILED' };
    expect(failingNode(view, ['a', 'b', 'c'])).toBe('b');
    expect(failingNode(view, ['c', 'b'])).toBe('c');
    expect(failingNode({ ...view, nodes: {} }, ['a'])).toBeUndefined();
  });
});
