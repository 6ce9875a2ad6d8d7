import type { NodeRunRecord } from '@blocksmith/engine';
import { fromJson, toJson } from '../json-column.ts';
import { optionalNumber } from '../run-rows.ts';

/** The node_runs table, one row per node run: how node runs were kept until migration 0007. */
export interface NodeRunsTable {
  id: string;
  graph_run_id: string;
  node_id: string;
  block_id: string;
  seq: number;
  status: string;
  inputs: string;
  outputs: string;
  error: string | null;
  usage: string | null;
  attempts: number;
  created_at: number;
  queued_at: number | null;
  started_at: number | null;
  ended_at: number | null;
}

// A type, not an interface: Kysely's withTables wants an indexable record.
export type LegacyTables = { node_runs: NodeRunsTable };

export function nodeRunToRow(run: NodeRunRecord): NodeRunsTable {
  return {
    id: run.id,
    graph_run_id: run.graphRunId,
    node_id: run.nodeId,
    block_id: run.blockId,
    seq: run.seq,
    status: run.status,
    inputs: toJson(run.inputs),
    outputs: toJson(run.outputs),
    error: run.error ? toJson(run.error) : null,
    usage: run.usage ? toJson(run.usage) : null,
    attempts: run.attempts,
    created_at: run.createdAt,
    queued_at: run.queuedAt ?? null,
    started_at: run.startedAt ?? null,
    ended_at: run.endedAt ?? null,
  };
}

export function rowToNodeRun(row: NodeRunsTable): NodeRunRecord {
  const record: NodeRunRecord = {
    id: row.id,
    graphRunId: row.graph_run_id,
    nodeId: row.node_id,
    blockId: row.block_id,
    seq: row.seq,
    status: row.status as NodeRunRecord['status'],
    inputs: fromJson(row.inputs),
    outputs: fromJson(row.outputs),
    attempts: row.attempts,
    createdAt: Number(row.created_at),
  };
  if (row.error !== null) record.error = fromJson(row.error);
  if (row.usage !== null) record.usage = fromJson(row.usage);
  for (const [key, column] of [
    ['queuedAt', row.queued_at],
    ['startedAt', row.started_at],
    ['endedAt', row.ended_at],
  ] as const) {
    const value = optionalNumber(column);
    if (value !== undefined) record[key] = value;
  }
  return record;
}
