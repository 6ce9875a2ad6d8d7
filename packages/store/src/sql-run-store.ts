import { hasEnded, type GraphRunRecord, type NodeRunRecord, type RunOwner, type RunStore } from '@blocksmith/engine';
import type { Kysely } from 'kysely';
import type { Dialect } from './connect.ts';
import { compactBatches } from './batch-compaction.ts';
import { nodeRunBatchRows } from './node-run-batches.ts';
import { graphRunToRow } from './run-rows.ts';
import { combinedWriteQuery, GRAPH_RUNS, NODE_RUN_BATCHES, writeQuery } from './run-writes.ts';
import type { Database, FilesTable } from './schema.ts';
import { ValueSpill, type PendingSpill } from './value-spill.ts';

/** How soon a write that failed (the database away, its disk full) is tried again, when nothing else asks for one. */
const RETRY_MS = 1000;

/** Rows per INSERT statement: well under both dialects' bound-parameter limits. */
const CHUNK = 400;

/**
 * Batches a run may leave: one that wrote more is compacted when it ends.
 * Merging costs a parse and a write of the run's records, worth it for a run
 * that flushed many times, not for one that took two flushes.
 */
const COMPACT_AFTER = 16;

/**
 * Node-run saves past which a run's batches stay as they are: merging a run
 * of a million node runs would hold all of them in memory at once, a spike
 * far above what the run itself needed, and take seconds. Its detail is read
 * in one pass over the batches instead (RunsRepository.scanNodeRuns).
 */
const COMPACT_UP_TO = 20_000;

/**
 * The engine's RunStore on SQL, write-behind: saves only mark records dirty;
 * a flush (after a short window, at run end, at shutdown) writes every dirty
 * record in one transaction — never a round-trip per node state change, and
 * one row per graph run for its node runs (node-run-batches.ts). A run that
 * took many flushes has its batches compacted into one when it ends.
 */
export class SqlRunStore implements RunStore {
  private dirtyGraphRuns = new Map<string, GraphRunRecord>();
  /** By graph run, then seq: a batch holds one graph run's, and a seq keys a map for less than an id string does. */
  private dirtyNodeRuns = new Map<string, Map<number, NodeRunRecord>>();
  private resets = new Set<string>();
  /** Batches, and node-run saves in them, written so far by each unfinished run that has written one. */
  private readonly written = new Map<string, { batches: number; nodeRuns: number }>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private nextWrite: Promise<void> | undefined;
  private closed = false;
  /** The last write failed: said once, until one succeeds. */
  private failing = false;
  /** Whose each run is, for the files its large values are stored in. */
  private readonly owners = new Map<string, RunOwner>();
  private readonly spill: ValueSpill;

  /** `inlineOutputBytes`: values larger than this are stored as workspace files, the records keeping references (value-spill.ts). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly windowMs = 25,
    inlineOutputBytes = Number.POSITIVE_INFINITY,
  ) {
    this.spill = new ValueSpill(inlineOutputBytes);
  }

  saveGraphRun(run: GraphRunRecord): void {
    if (this.closed) return;
    this.owners.set(run.id, { workspaceId: run.workspaceId, userId: run.userId });
    this.dirtyGraphRuns.set(run.id, run);
    this.schedule();
  }

  saveNodeRun(nodeRun: NodeRunRecord): void {
    if (this.closed) return;
    let ofRun = this.dirtyNodeRuns.get(nodeRun.graphRunId);
    if (!ofRun) this.dirtyNodeRuns.set(nodeRun.graphRunId, (ofRun = new Map()));
    ofRun.set(nodeRun.seq, nodeRun);
    this.schedule();
  }

  /**
   * Drops a run's node-run rows in the same transaction as the next write, so
   * a resumed run replaces them atomically: a crash leaves the old rows or the new, never neither.
   */
  resetNodeRuns(graphRunId: string): void {
    this.resets.add(graphRunId);
    this.written.delete(graphRunId);
    this.schedule();
  }

  /**
   * Drops a run's saves not yet written: a worker that lost its claim on the
   * run leaves the rows to the worker that took it over.
   */
  forget(graphRunId: string): void {
    this.dirtyGraphRuns.delete(graphRunId);
    this.dirtyNodeRuns.delete(graphRunId);
    this.owners.delete(graphRunId);
    this.spill.done(graphRunId);
    this.resets.delete(graphRunId);
    this.written.delete(graphRunId);
  }

  /**
   * Writes what is pending and stops accepting saves: the database then holds
   * one consistent point that an interrupted run resumes from, as after a crash.
   */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  /**
   * Writes everything saved so far; resolves once it is committed. Flushes
   * asked for in the same turn of the event loop share one transaction: under
   * load many runs end together, and one commit costs far less than one each.
   */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.nextWrite ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.nextWrite = undefined;
        this.flushing = this.flushing.catch(() => undefined).then(() => this.writeDirty());
        this.flushing.then(resolve, reject);
      });
    });
    return this.nextWrite;
  }

  /**
   * Records whose write failed stay in memory and are written again: by the next flush anyone
   * asks for, or after RETRY_MS when nothing else runs — a run that ended while the disk was full
   * is written once there is space, without waiting for other work to come.
   */
  private retryLater(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(() => undefined);
    }, RETRY_MS);
    this.timer.unref();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(() => undefined);
    }, this.windowMs);
    this.timer.unref();
  }

  private async writeDirty(): Promise<void> {
    if (this.dirtyGraphRuns.size === 0 && this.dirtyNodeRuns.size === 0 && this.resets.size === 0) return;
    const graphRuns = this.dirtyGraphRuns;
    const nodeRuns = this.dirtyNodeRuns;
    const resets = this.resets;
    this.dirtyGraphRuns = new Map();
    this.dirtyNodeRuns = new Map();
    this.resets = new Set();
    // Serialized now, so the rows are one consistent snapshot of the live records (large values as files beside them).
    const files: FilesTable[] = [];
    const spilled: PendingSpill[] = [];
    const graphRows = [...graphRuns.values()].map((run) => graphRunToRow(this.spill.graphRun(run, files, spilled)));
    const batchRows = nodeRunBatchRows(this.spilledNodeRuns(nodeRuns, files, spilled));
    const compacting = [...graphRuns.values()]
      .filter((run) => hasEnded(run.status) && this.worthCompacting(run.id, nodeRuns.get(run.id)?.size ?? 0))
      .map((run) => run.id);
    // Most flushes only add rows: on PostgreSQL, one statement, atomic by itself, saves three round trips.
    const oneStatement =
      this.dialect === 'postgres' &&
      resets.size === 0 &&
      compacting.length === 0 &&
      files.length === 0 &&
      graphRows.length <= CHUNK &&
      batchRows.length <= CHUNK;
    try {
      if (oneStatement) await this.db.executeQuery(combinedWriteQuery(graphRows, batchRows));
      else
        await this.db.transaction().execute(async (tx) => {
          if (resets.size > 0)
            await tx
              .deleteFrom('node_run_batches')
              .where('graph_run_id', 'in', [...resets])
              .execute();
          for (const graphRunId of compacting) {
            const index = batchRows.findIndex((row) => row.graph_run_id === graphRunId);
            const compacted = await compactBatches(tx, graphRunId, batchRows[index]);
            if (index >= 0) batchRows[index] = compacted;
            else batchRows.push(compacted);
          }
          for (const file of files) await tx.insertInto('files').values(file).execute();
          for (let i = 0; i < graphRows.length; i += CHUNK) await tx.executeQuery(writeQuery(GRAPH_RUNS, graphRows.slice(i, i + CHUNK), this.dialect));
          for (let i = 0; i < batchRows.length; i += CHUNK) await tx.executeQuery(writeQuery(NODE_RUN_BATCHES, batchRows.slice(i, i + CHUNK), this.dialect));
        });
      for (const [graphRunId, ofRun] of nodeRuns) {
        const written = this.written.get(graphRunId);
        if (written) {
          written.batches++;
          written.nodeRuns += ofRun.size;
        } else this.written.set(graphRunId, { batches: 1, nodeRuns: ofRun.size });
      }
      if (this.failing) process.stderr.write('Run records are saved again.\n');
      this.failing = false;
      this.spill.committed(spilled);
      for (const run of graphRuns.values()) {
        if (!hasEnded(run.status)) continue;
        this.written.delete(run.id);
        this.owners.delete(run.id);
        this.spill.done(run.id);
      }
    } catch (error) {
      // Nothing is lost: the records go back to be written by the next flush, unless a newer save replaced them.
      for (const [id, run] of graphRuns) if (!this.dirtyGraphRuns.has(id)) this.dirtyGraphRuns.set(id, run);
      for (const [graphRunId, ofRun] of nodeRuns) {
        const newer = this.dirtyNodeRuns.get(graphRunId);
        if (!newer) this.dirtyNodeRuns.set(graphRunId, ofRun);
        else for (const [seq, run] of ofRun) if (!newer.has(seq)) newer.set(seq, run);
      }
      for (const id of resets) this.resets.add(id);
      if (!this.failing) process.stderr.write(`Saving run records failed (${String(error)}); they are kept in memory and tried again every second.\n`);
      this.failing = true;
      this.retryLater();
      throw error;
    }
  }

  private worthCompacting(graphRunId: string, pending: number): boolean {
    const written = this.written.get(graphRunId);
    return written !== undefined && written.batches >= COMPACT_AFTER && written.nodeRuns + pending <= COMPACT_UP_TO;
  }

  /** The node runs as stored: those holding large values copied with references in their place. */
  private spilledNodeRuns(
    byRun: Map<string, Map<number, NodeRunRecord>>,
    files: FilesTable[],
    spilled: PendingSpill[],
  ): Map<string, Map<number, NodeRunRecord>> {
    if (!this.spill.active) return byRun;
    const stored = new Map<string, Map<number, NodeRunRecord>>();
    for (const [graphRunId, bySeq] of byRun) {
      const owner = this.owners.get(graphRunId);
      // Copied only when a record holds a large value: most runs have none.
      let ofRun: Map<number, NodeRunRecord> | undefined;
      for (const [seq, record] of bySeq) {
        const kept = this.spill.nodeRun(record, owner, files, spilled);
        if (kept !== record) (ofRun ??= new Map(bySeq)).set(seq, kept);
      }
      stored.set(graphRunId, ofRun ?? bySeq);
    }
    return stored;
  }
}
