import type { GraphRunRecord } from '@blocksmith/engine';
import { fromJson, toJson } from './json-column.ts';
import type { GraphRunsTable } from './schema.ts';

export const optionalNumber = (value: number | null): number | undefined => (value === null ? undefined : Number(value));

export function graphRunToRow(run: GraphRunRecord): GraphRunsTable {
  return {
    id: run.id,
    workspace_id: run.workspaceId ?? null,
    user_id: run.userId ?? null,
    graph_id: run.graphId ?? null,
    graph_version: run.graphVersion ?? null,
    graph_name: run.graphName,
    parent_run_id: run.parentRunId ?? null,
    depth: run.depth,
    status: run.status,
    inputs: toJson(run.inputs),
    outputs: toJson(run.outputs),
    error: run.error ?? null,
    usage: run.usage ? toJson(run.usage) : null,
    trigger: run.trigger ? toJson(run.trigger) : null,
    budget: run.budget ? toJson(run.budget) : null,
    max_node_runs: run.maxNodeRuns ?? null,
    cost_usd: run.usage ? run.usage.costUsd : null,
    tokens: run.usage ? run.usage.inputTokens + run.usage.outputTokens : null,
    created_at: run.createdAt,
    started_at: run.startedAt ?? null,
    ended_at: run.endedAt ?? null,
  };
}

export function rowToGraphRun(row: GraphRunsTable): GraphRunRecord {
  const record: GraphRunRecord = {
    id: row.id,
    graphName: row.graph_name,
    depth: row.depth,
    status: row.status as GraphRunRecord['status'],
    inputs: fromJson(row.inputs),
    outputs: fromJson(row.outputs),
    createdAt: Number(row.created_at),
  };
  if (row.workspace_id !== null) record.workspaceId = row.workspace_id;
  if (row.user_id !== null) record.userId = row.user_id;
  if (row.graph_id !== null) record.graphId = row.graph_id;
  if (row.graph_version !== null) record.graphVersion = row.graph_version;
  if (row.parent_run_id !== null) record.parentRunId = row.parent_run_id;
  if (row.error !== null) record.error = row.error;
  if (row.usage !== null) record.usage = fromJson(row.usage);
  if (row.budget !== null) record.budget = fromJson(row.budget);
  if (row.max_node_runs !== null) record.maxNodeRuns = Number(row.max_node_runs);
  if (row.trigger !== null) record.trigger = fromJson(row.trigger);
  const startedAt = optionalNumber(row.started_at);
  const endedAt = optionalNumber(row.ended_at);
  if (startedAt !== undefined) record.startedAt = startedAt;
  if (endedAt !== undefined) record.endedAt = endedAt;
  return record;
}
