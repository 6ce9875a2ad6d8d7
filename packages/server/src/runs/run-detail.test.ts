import type { GraphRunRecord, NodeRunRecord } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { Store } from '@blocksmith/store';
import { createTestDatabase } from '@blocksmith/store/testing';
import { RunDetailFold, runDetail } from './run-detail.ts';

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

describe('a run detail read from the store in one pass (RunsRepository.scanNodeRuns)', () => {
  it('matches the detail of all node runs at hand, page after page, when node runs were saved in several batches', async () => {
    const database = await createTestDatabase('sqlite');
    const store = await Store.open(database.options);
    try {
      const graphRun = { id: 'scan-run', graphName: 'scan', depth: 0, status: 'RUNNING', inputs: {}, outputs: {}, createdAt: 1 } as GraphRunRecord;
      store.runStore.saveGraphRun(graphRun);
      const nodes = ['list', 'each', 'double', 'out'];
      const records: NodeRunRecord[] = [];
      // 40 flushes, over more than one scan's worth of batches; each node run saved queued in one and ended in a later one.
      for (let flush = 0; flush < 40; flush++) {
        for (let i = 0; i < 50; i++) {
          const seq = records.length + 1;
          const record = {
            ...nodeRun(seq, nodes[seq === 1 ? 0 : 1 + (seq % 3)]!, seq % 97 === 0 ? seq : 0),
            graphRunId: graphRun.id,
            status: 'QUEUED',
          } as NodeRunRecord;
          records.push(record);
          store.runStore.saveNodeRun({ ...record });
        }
        await store.runStore.flush();
        for (const record of records.slice(-50)) {
          record.status = record.seq % 11 === 0 ? 'FAILED' : 'COMPLETED';
          store.runStore.saveNodeRun({ ...record });
        }
      }
      await store.runStore.flush();
      const all = await store.runs.nodeRuns(graphRun.id);
      expect(all).toHaveLength(2000);
      for (const page of [
        { after: 0, limit: 200 },
        { after: 1500, limit: 1000 },
        { after: 0, limit: 30, nodeId: 'double' },
        { after: 1990, limit: 5 },
        { after: 0, limit: 0 },
      ]) {
        const fold = new RunDetailFold(page);
        await store.runs.scanNodeRuns(graphRun.id, fold.visit);
        const scanned = fold.detail(graphRun);
        expect(scanned).toEqual(runDetail(graphRun, all, page));
        expect(scanned.nodeRuns.every((r) => r.status !== 'QUEUED')).toBe(true);
      }
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
