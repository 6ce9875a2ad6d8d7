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

/** The SQL text of a write, built once per shape and row counts. */
function cachedSql(key: string, build: () => string): string {
  let sql = texts.get(key);
  if (sql === undefined) texts.set(key, (sql = build()));
  return sql;
}

function bind(params: unknown[], shape: WriteShape, rows: readonly object[]): void {
  for (const row of rows) for (const column of shape.columns) params.push((row as Record<string, unknown>)[column]);
}

/**
 * One multi-row insert or upsert as a ready query. Run records are the hottest write
 * path, so the SQL text is built once per row count and the values are bound
 * directly, skipping the query builder's per-value work.
 */
export function writeQuery(shape: WriteShape, rows: readonly object[], dialect: Dialect): CompiledQuery {
  const sql = cachedSql(`${dialect}:${shape.table}:${rows.length}`, () => writeSql(shape, rows.length, dialect, 0));
  const params: unknown[] = [];
  bind(params, shape, rows);
  return CompiledQuery.raw(sql, params);
}

/**
 * Graph-run upserts and node-run batches as one PostgreSQL statement (the
 * upsert in a `with`), which is atomic on its own: a flush is one round trip
 * instead of four (begin, two writes, commit). Either list may be empty, not both.
 */
export function combinedWriteQuery(graphRows: readonly object[], batchRows: readonly object[]): CompiledQuery {
  const sql = cachedSql(`postgres:combined:${graphRows.length}:${batchRows.length}`, () => {
    if (graphRows.length === 0) return writeSql(NODE_RUN_BATCHES, batchRows.length, 'postgres', 0);
    const upsert = writeSql(GRAPH_RUNS, graphRows.length, 'postgres', 0);
    if (batchRows.length === 0) return upsert;
    return `with written_runs as (${upsert}) ${writeSql(NODE_RUN_BATCHES, batchRows.length, 'postgres', graphRows.length * GRAPH_RUNS.columns.length)}`;
  });
  const params: unknown[] = [];
  bind(params, GRAPH_RUNS, graphRows);
  bind(params, NODE_RUN_BATCHES, batchRows);
  return CompiledQuery.raw(sql, params);
}

function writeSql(shape: WriteShape, rowCount: number, dialect: Dialect, firstParam: number): string {
  const width = shape.columns.length;
  const placeholder = dialect === 'postgres' ? (i: number) => `$${firstParam + i + 1}` : () => '?';
  const values = Array.from({ length: rowCount }, (_, row) => `(${Array.from({ length: width }, (_, col) => placeholder(row * width + col)).join(', ')})`);
  const columns = shape.columns.map((c) => `"${c}"`).join(', ');
  const insert = `insert into "${shape.table}" (${columns}) values ${values.join(', ')}`;
  if (!shape.upsert) return insert;
  const updates = shape.upsert.updated.map((c) => `"${c}" = excluded."${c}"`).join(', ');
  return `${insert} on conflict (${shape.upsert.key.map((c) => `"${c}"`).join(', ')}) do update set ${updates}`;
}
