import type { GraphRunRecord, NodeRunRecord } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { runDetail } from './run-detail.ts';

const run = { id: 'r' } as GraphRunRecord;
const nodeRun = (seq: number, nodeId: string, inputTokens = 0): NodeRunRecord =>
  ({
    id: `r:${seq}`,
    seq,
    nodeId,
    status: 'COMPLETED',
    ...(inputTokens ? { usage: { inputTokens, outputTokens: 0, calls: 1 } } : {}),
  }) as unknown as NodeRunRecord;

describe('runDetail', () => {
  const all = [nodeRun(3, 'each'), nodeRun(1, 'list'), nodeRun(2, 'each', 5), nodeRun(4, 'each', 7), nodeRun(5, 'out')];

  it('answers one page of node runs in creation order, and where the next page starts', () => {
    const first = runDetail(run, all, { after: 0, limit: 2 });
    expect(first.nodeRuns.map((r) => r.seq)).toEqual([1, 2]);
    expect(first).toMatchObject({ nodeRunsTotal: 5, nodeRunsNext: 2 });
    const second = runDetail(run, all, { after: 2, limit: 2 });
    expect(second.nodeRuns.map((r) => r.seq)).toEqual([3, 4]);
    const last = runDetail(run, all, { after: 4, limit: 2 });
    expect(last.nodeRuns.map((r) => r.seq)).toEqual([5]);
    expect(last.nodeRunsNext).toBeUndefined();
    expect(runDetail(run, all, { after: 9, limit: 2 }).nodeRuns).toEqual([]);
  });

  it('summarizes every node over all its node runs, whatever the page', () => {
    const { nodes } = runDetail(run, all, { after: 4, limit: 1 });
    expect(Object.keys(nodes)).toEqual(['list', 'each', 'out']);
    expect(nodes.each).toMatchObject({ runs: 3, latest: { seq: 4 }, usage: { inputTokens: 12 } });
    expect(nodes.list).toEqual({ runs: 1, latest: all[1] });
  });

  it("pages through one node's runs alone, counting only them", () => {
    const first = runDetail(run, all, { after: 0, limit: 2, nodeId: 'each' });
    expect(first.nodeRuns.map((r) => r.seq)).toEqual([2, 3]);
    expect(first).toMatchObject({ nodeRunsTotal: 3, nodeRunsNext: 3 });
    const rest = runDetail(run, all, { after: 3, limit: 2, nodeId: 'each' });
    expect(rest.nodeRuns.map((r) => r.seq)).toEqual([4]);
    expect(rest.nodeRunsNext).toBeUndefined();
    expect(runDetail(run, all, { after: 0, limit: 2, nodeId: 'nobody' })).toMatchObject({ nodeRuns: [], nodeRunsTotal: 0 });
    expect(Object.keys(first.nodes)).toEqual(['list', 'each', 'out']);
  });
});
