import { CompiledQuery } from 'kysely';
import type { Dialect } from './connect.ts';
import type { GraphRunsTable, NodeRunBatchesTable } from './schema.ts';

/** A table's columns and, for an upsert, its key and the columns overwritten when the row exists. */
interface WriteShape {
  table: string;
  columns: readonly string[];
  upsert?: { key: readonly string[]; updated: readonly string[] };
}

// Written out, and checked against the table types, so a new column cannot be forgotten here.
const graphRunColumns = {
  id: true,
  workspace_id: true,
  user_id: true,
  graph_id: true,
  graph_version: true,
  graph_name: true,
  parent_run_id: true,
  depth: true,
  status: true,
  inputs: true,
  outputs: true,
  error: true,
  usage: true,
  trigger: true,
  budget: true,
  max_node_runs: true,
  cost_usd: true,
  tokens: true,
  created_at: true,
  started_at: true,
  ended_at: true,
} satisfies Record<keyof GraphRunsTable, true>;

const nodeRunBatchColumns = {
  graph_run_id: true,
  batch: true,
  body: true,
} satisfies Record<keyof NodeRunBatchesTable, true>;

export const GRAPH_RUNS: WriteShape = {
  table: 'graph_runs',
  columns: Object.keys(graphRunColumns),
  upsert: { key: ['id'], updated: ['status', 'outputs', 'error', 'usage', 'cost_usd', 'tokens', 'started_at', 'ended_at'] },
};

/** Batches are only ever added: a later save of a node run is a later batch. */
export const NODE_RUN_BATCHES: WriteShape = {
  table: 'node_run_batches',
  columns: Object.keys(nodeRunBatchColumns),
};

const texts = new Map<string, string>();

/**
 * One multi-row insert or upsert as a ready query. Run records are the hottest write
 * path, so the SQL text is built once per row count and the values are bound
 * directly, skipping the query builder's per-value work.
 */
export function writeQuery(shape: WriteShape, rows: readonly object[], dialect: Dialect): CompiledQuery {
  const key = `${dialect}:${shape.table}:${rows.length}`;
  let sql = texts.get(key);
  if (sql === undefined) {
    sql = writeSql(shape, rows.length, dialect);
    texts.set(key, sql);
  }
  const params: unknown[] = [];
  for (const row of rows) for (const column of shape.columns) params.push((row as Record<string, unknown>)[column]);
  return CompiledQuery.raw(sql, params);
}

function writeSql(shape: WriteShape, rowCount: number, dialect: Dialect): string {
  const width = shape.columns.length;
  const placeholder = dialect === 'postgres' ? (i: number) => `$${i + 1}` : () => '?';
  const values = Array.from({ length: rowCount }, (_, row) => `(${Array.from({ length: width }, (_, col) => placeholder(row * width + col)).join(', ')})`);
  const columns = shape.columns.map((c) => `"${c}"`).join(', ');
  const insert = `insert into "${shape.table}" (${columns}) values ${values.join(', ')}`;
  if (!shape.upsert) return insert;
  const updates = shape.upsert.updated.map((c) => `"${c}" = excluded."${c}"`).join(', ');
  return `${insert} on conflict (${shape.upsert.key.map((c) => `"${c}"`).join(', ')}) do update set ${updates}`;
}
