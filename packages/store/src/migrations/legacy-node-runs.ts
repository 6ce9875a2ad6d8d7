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

/**
 * One node run in a batch body as migration 0007 wrote it: [seq, nodeId, blockId, status, attempts, inputs,
 * outputs, createdAt, queued/started/ended as ms after createdAt (or null), error (or null), usage]. A frozen
 * copy of the layout, apart from the live encoder, so a later change to that cannot change what 0007 did.
 */
type BatchEntry = unknown[];

const json = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
const since = (createdAt: number, at: number | null): number | null => (at === null ? null : Number(at) - createdAt);
const at = (createdAt: number, offset: unknown): number | null => (typeof offset === 'number' ? createdAt + offset : null);

/** A graph run's node-run rows as one batch body. */
export function rowsToBatchBody(rows: NodeRunsTable[]): string {
  return JSON.stringify(
    rows.map((row) => {
      const created = Number(row.created_at);
      const entry: BatchEntry = [row.seq, row.node_id, row.block_id, row.status, row.attempts, json(row.inputs), json(row.outputs), created];
      entry.push(since(created, row.queued_at), since(created, row.started_at), since(created, row.ended_at));
      if (row.error !== null || row.usage !== null) entry.push(json(row.error));
      if (row.usage !== null) entry.push(json(row.usage));
      return entry;
    }),
  );
}

/** A graph run's batch bodies, oldest first, as node-run rows: each node run as last saved, in seq order. */
export function batchBodiesToRows(graphRunId: string, bodies: string[]): NodeRunsTable[] {
  const bySeq = new Map<number, BatchEntry>();
  for (const body of bodies) for (const entry of JSON.parse(body) as BatchEntry[]) bySeq.set(entry[0] as number, entry);
  return [...bySeq.values()]
    .sort((x, y) => (x[0] as number) - (y[0] as number))
    .map(([seq, nodeId, blockId, status, attempts, inputs, outputs, createdAt, queued, started, ended, error, usage]) => {
      const created = createdAt as number;
      return {
        id: `${graphRunId}.${seq as number}`,
        graph_run_id: graphRunId,
        node_id: nodeId as string,
        block_id: blockId as string,
        seq: seq as number,
        status: status as string,
        inputs: JSON.stringify(inputs ?? null),
        outputs: JSON.stringify(outputs ?? null),
        error: error ? JSON.stringify(error) : null,
        usage: usage ? JSON.stringify(usage) : null,
        attempts: attempts as number,
        created_at: created,
        queued_at: at(created, queued),
        started_at: at(created, started),
        ended_at: at(created, ended),
      };
    });
}
