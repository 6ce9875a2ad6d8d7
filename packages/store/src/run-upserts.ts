import { CompiledQuery } from 'kysely';
import type { Dialect } from './connect.ts';
import type { GraphRunsTable, NodeRunsTable } from './schema.ts';

/** A table's columns, its key, and the columns an upsert overwrites when the row exists. */
interface UpsertShape {
  table: string;
  columns: readonly string[];
  key: readonly string[];
  updated: readonly string[];
}

// Written out, and checked against the table types, so a new column cannot be forgotten here.
const graphRunColumns = {
  id: true,
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
  created_at: true,
  started_at: true,
  ended_at: true,
} satisfies Record<keyof GraphRunsTable, true>;

const nodeRunColumns = {
  id: true,
  graph_run_id: true,
  node_id: true,
  block_id: true,
  seq: true,
  status: true,
  inputs: true,
  outputs: true,
  error: true,
  usage: true,
  attempts: true,
  created_at: true,
  queued_at: true,
  started_at: true,
  ended_at: true,
} satisfies Record<keyof NodeRunsTable, true>;

export const GRAPH_RUNS: UpsertShape = {
  table: 'graph_runs',
  columns: Object.keys(graphRunColumns),
  key: ['id'],
  updated: ['status', 'outputs', 'error', 'usage', 'started_at', 'ended_at'],
};

export const NODE_RUNS: UpsertShape = {
  table: 'node_runs',
  columns: Object.keys(nodeRunColumns),
  key: ['graph_run_id', 'seq'],
  updated: ['status', 'inputs', 'outputs', 'error', 'usage', 'attempts', 'queued_at', 'started_at', 'ended_at'],
};

const texts = new Map<string, string>();

/**
 * One multi-row upsert as a ready query. Run records are the hottest write
 * path, so the SQL text is built once per row count and the values are bound
 * directly, skipping the query builder's per-value work.
 */
export function upsertQuery(shape: UpsertShape, rows: readonly object[], dialect: Dialect): CompiledQuery {
  const key = `${dialect}:${shape.table}:${rows.length}`;
  let sql = texts.get(key);
  if (sql === undefined) {
    sql = upsertSql(shape, rows.length, dialect);
    texts.set(key, sql);
  }
  const params: unknown[] = [];
  for (const row of rows) for (const column of shape.columns) params.push((row as Record<string, unknown>)[column]);
  return CompiledQuery.raw(sql, params);
}

function upsertSql(shape: UpsertShape, rowCount: number, dialect: Dialect): string {
  const width = shape.columns.length;
  const placeholder = dialect === 'postgres' ? (i: number) => `$${i + 1}` : () => '?';
  const values = Array.from({ length: rowCount }, (_, row) => `(${Array.from({ length: width }, (_, col) => placeholder(row * width + col)).join(', ')})`);
  const columns = shape.columns.map((c) => `"${c}"`).join(', ');
  const updates = shape.updated.map((c) => `"${c}" = excluded."${c}"`).join(', ');
  return `insert into "${shape.table}" (${columns}) values ${values.join(', ')} on conflict (${shape.key.map((c) => `"${c}"`).join(', ')}) do update set ${updates}`;
}
