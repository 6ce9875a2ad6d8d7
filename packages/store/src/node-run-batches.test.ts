import type { NodeRunRecord } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { mergeBatchBodies, mergeNodeRunBatches, nodeRunBatchBody, nodeRunBatchRows } from './node-run-batches.ts';

const nodeRun = (seq: number, extra: Partial<NodeRunRecord> = {}): NodeRunRecord => ({
  id: `run-1.${seq}`,
  graphRunId: 'run-1',
  nodeId: `n${seq}`,
  blockId: 'math.arithmetic',
  seq,
  status: 'COMPLETED',
  inputs: { a: seq, nested: { list: [1, 'two', null] } },
  outputs: { result: [seq + 1] },
  attempts: 1,
  createdAt: 1_700_000_000_000 + seq,
  ...extra,
});

describe('node-run batches', () => {
  it('read back every field as saved, optional ones only when present', () => {
    const records = [
      nodeRun(1, { queuedAt: 1_700_000_000_002, startedAt: 1_700_000_000_003, endedAt: 1_700_000_000_009 }),
      nodeRun(2, { status: 'FAILED', error: { message: 'boom', kind: 'failed' }, attempts: 3, endedAt: 1_700_000_000_005 }),
      nodeRun(3, { usage: { inputTokens: 10, outputTokens: 2, costUsd: 0.25, calls: 1, unpricedCalls: 0 } }),
      nodeRun(4, { status: 'INCOMPLETE', inputs: {}, outputs: {}, attempts: 0 }),
      nodeRun(5, { reusedFrom: 'run-0.5' }),
      nodeRun(6, { status: 'FAILED', error: { message: 'routed', kind: 'failed' }, reusedFrom: 'run-0.6' }),
      nodeRun(7, { pinned: true }),
      nodeRun(8, { logs: [{ at: 1_700_000_000_010, level: 'info', message: 'fetched 3 pages' }] }),
    ];
    expect(mergeNodeRunBatches('run-1', [nodeRunBatchBody(records)])).toEqual(records);
  });

  it('take the latest save of each node run, listed by seq', () => {
    const first = nodeRunBatchBody([nodeRun(2, { status: 'RUNNING' }), nodeRun(1)]);
    const second = nodeRunBatchBody([nodeRun(3), nodeRun(2, { status: 'FAILED', error: { message: 'no', kind: 'failed' } })]);
    const merged = mergeNodeRunBatches('run-1', [first, second]);
    expect(merged.map((r) => [r.seq, r.status])).toEqual([
      [1, 'COMPLETED'],
      [2, 'FAILED'],
      [3, 'COMPLETED'],
    ]);
    expect(mergeNodeRunBatches('run-1', [mergeBatchBodies([first, second])])).toEqual(merged);
  });

  it('make one row per graph run, with batch ids that sort in the order they were made', () => {
    const other = { ...nodeRun(1), id: 'run-2.1', graphRunId: 'run-2' };
    const bySeq = (...records: NodeRunRecord[]) => new Map(records.map((record) => [record.seq, record]));
    const first = nodeRunBatchRows(
      new Map([
        ['run-1', bySeq(nodeRun(1), nodeRun(2))],
        ['run-2', bySeq(other)],
      ]),
    );
    expect(first.map((row) => row.graph_run_id)).toEqual(['run-1', 'run-2']);
    expect(mergeNodeRunBatches('run-1', [first[0]!.body]).map((r) => r.id)).toEqual(['run-1.1', 'run-1.2']);
    const [later] = nodeRunBatchRows(new Map([['run-1', bySeq(nodeRun(1))]]));
    expect([later!.batch, first[1]!.batch, first[0]!.batch].sort()).toEqual([first[0]!.batch, first[1]!.batch, later!.batch]);
  });
});
