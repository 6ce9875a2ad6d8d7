import { timeOrderedId } from '@blocksmith/engine';
import type { Transaction } from 'kysely';
import { mergeBatchBodies } from './node-run-batches.ts';
import type { Database, NodeRunBatchesTable } from './schema.ts';

/** Batch ids per DELETE statement: well under both dialects' bound-parameter limits. */
const CHUNK = 400;

/**
 * A run's node-run batches written so far and `pending` (this flush's batch
 * of the run, if it has one) as one batch: the row to insert instead of
 * `pending`, once the earlier ones are deleted. A long run writes a batch
 * every few milliseconds while it works, each node run saved again goes into
 * a later one, and a read merges them all; compacted at its end, the run is
 * read as one row. Only the batches read are deleted, so one that another
 * process adds meanwhile (a worker that took the run over) is kept.
 */
export async function compactBatches(tx: Transaction<Database>, graphRunId: string, pending: NodeRunBatchesTable | undefined): Promise<NodeRunBatchesTable> {
  const earlier = await tx.selectFrom('node_run_batches').select(['batch', 'body']).where('graph_run_id', '=', graphRunId).orderBy('batch').execute();
  const bodies = earlier.map((row) => row.body);
  if (pending) bodies.push(pending.body);
  for (let i = 0; i < earlier.length; i += CHUNK) {
    const batches = earlier.slice(i, i + CHUNK).map((row) => row.batch);
    await tx.deleteFrom('node_run_batches').where('graph_run_id', '=', graphRunId).where('batch', 'in', batches).execute();
  }
  return { graph_run_id: graphRunId, batch: timeOrderedId(), body: mergeBatchBodies(bodies) };
}
