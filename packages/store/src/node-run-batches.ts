import { nodeRunId, timeOrderedId, type NodeRunRecord } from '@blocksmith/engine';
import type { NodeRunBatchesTable } from './schema.ts';

/**
 * One node run as a batch keeps it: fields by position, the later timestamps
 * as milliseconds after `createdAt`, error and usage only when present. The
 * id and graph run are the row's. Recording costs in proportion to the bytes
 * written (the JSON, then SQLite's pages), and this is a third of the record
 * as an object. The layout is part of the database schema: changing it takes
 * a migration, unless a field is added at the end, absent from older rows.
 */
type StoredNodeRun = [
  seq: number,
  nodeId: string,
  blockId: string,
  status: NodeRunRecord['status'],
  attempts: number,
  inputs: NodeRunRecord['inputs'],
  outputs: NodeRunRecord['outputs'],
  createdAt: number,
  queuedAfter: number | null,
  startedAfter: number | null,
  endedAfter: number | null,
  error?: NodeRunRecord['error'] | null,
  usage?: NodeRunRecord['usage'] | null,
  reusedFrom?: string | null,
  pinned?: true | null,
  logs?: NodeRunRecord['logs'],
];

const after = (createdAt: number, at: number | undefined): number | null => (at === undefined ? null : at - createdAt);

function store(run: NodeRunRecord): StoredNodeRun {
  const stored: StoredNodeRun = [
    run.seq,
    run.nodeId,
    run.blockId,
    run.status,
    run.attempts,
    run.inputs,
    run.outputs,
    run.createdAt,
    after(run.createdAt, run.queuedAt),
    after(run.createdAt, run.startedAt),
    after(run.createdAt, run.endedAt),
  ];
  // Optional fields at the end go in only up to the last one present.
  const tail = [run.error ?? null, run.usage ?? null, run.reusedFrom ?? null, run.pinned ? true : null, run.logs?.length ? run.logs : null] as const;
  const last = tail.findLastIndex((field) => field !== null);
  for (let i = 0; i <= last; i++) (stored as unknown[]).push(tail[i]);
  return stored;
}

function restore(graphRunId: string, stored: StoredNodeRun): NodeRunRecord {
  const [seq, nodeId, blockId, status, attempts, inputs, outputs, createdAt, queuedAfter, startedAfter, endedAfter, error, usage, reusedFrom, pinned, logs] =
    stored;
  const run: NodeRunRecord = { id: nodeRunId(graphRunId, seq), graphRunId, nodeId, blockId, seq, status, inputs, outputs, attempts, createdAt };
  if (queuedAfter !== null) run.queuedAt = createdAt + queuedAfter;
  if (startedAfter !== null) run.startedAt = createdAt + startedAfter;
  if (endedAfter !== null) run.endedAt = createdAt + endedAfter;
  if (error) run.error = error;
  if (usage) run.usage = usage;
  if (reusedFrom) run.reusedFrom = reusedFrom;
  if (pinned) run.pinned = true;
  if (logs) run.logs = logs;
  return run;
}

/**
 * The node runs of one flush, by graph run and seq, as one row per graph run.
 * A row per node run cost more to write than the engine spent running the
 * node. Batch ids are time-ordered, so a later save of a node run reads as later.
 */
export function nodeRunBatchRows(byRun: Map<string, Map<number, NodeRunRecord>>): NodeRunBatchesTable[] {
  const rows: NodeRunBatchesTable[] = [];
  for (const [graphRunId, bySeq] of byRun) rows.push({ graph_run_id: graphRunId, batch: timeOrderedId(), body: nodeRunBatchBody(bySeq.values()) });
  return rows;
}

/** One graph run's node runs as a batch's body. */
export function nodeRunBatchBody(records: Iterable<NodeRunRecord>): string {
  // Pushed, not mapped: `map` makes a holey array, which JSON.stringify reads element by element on its slow path.
  const stored: StoredNodeRun[] = [];
  for (const record of records) stored.push(store(record));
  return JSON.stringify(stored);
}

/**
 * A node run as a scan of a run's batches meets it: what identifies it, read without building the
 * record, and the record on demand. A node run saved several times is met once per save, oldest
 * first, so the last sighting of a seq is its state. One object is reused for every sighting:
 * keep what it says, never the object.
 */
export interface NodeRunSighting {
  seq: number;
  nodeId: string;
  status: NodeRunRecord['status'];
  usage: NodeRunRecord['usage'] | undefined;
  record(): NodeRunRecord;
}

/** Meets every node run saved in one batch's body (see NodeRunSighting). */
export function sightBatch(graphRunId: string, body: string, visit: (sighting: NodeRunSighting) => void): void {
  let stored: StoredNodeRun;
  const sighting: NodeRunSighting = { seq: 0, nodeId: '', status: 'INCOMPLETE', usage: undefined, record: () => restore(graphRunId, stored) };
  for (stored of JSON.parse(body) as StoredNodeRun[]) {
    sighting.seq = stored[0];
    sighting.nodeId = stored[1];
    sighting.status = stored[3];
    sighting.usage = stored[12] ?? undefined;
    visit(sighting);
  }
}

/** A run's node runs from its batches read oldest first: each node run as last saved, in seq order. */
export function mergeNodeRunBatches(graphRunId: string, bodies: Iterable<string>): NodeRunRecord[] {
  return latestBySeq(bodies).map((stored) => restore(graphRunId, stored));
}

/** Batches' bodies, oldest first, as one body: each node run as last saved, in seq order. */
export function mergeBatchBodies(bodies: Iterable<string>): string {
  return JSON.stringify(latestBySeq(bodies));
}

function latestBySeq(bodies: Iterable<string>): StoredNodeRun[] {
  const bySeq = new Map<number, StoredNodeRun>();
  for (const body of bodies) for (const stored of JSON.parse(body) as StoredNodeRun[]) bySeq.set(stored[0], stored);
  return [...bySeq.values()].sort((a, b) => a[0] - b[0]);
}
