import type { GraphRunRecord, NodeRunRecord, RunStore } from '@blocksmith/engine';
import type { Kysely } from 'kysely';
import { graphRunToRow, nodeRunToRow } from './run-rows.ts';
import type { Database } from './schema.ts';

/** Rows per INSERT statement: well under both dialects' bound-parameter limits. */
const CHUNK = 400;

/**
 * The engine's RunStore on SQL, write-behind: saves only mark records dirty;
 * a flush (after a short window, at run end, at shutdown) upserts every dirty
 * record in one transaction — never a round-trip per node state change.
 */
export class SqlRunStore implements RunStore {
  private dirtyGraphRuns = new Map<string, GraphRunRecord>();
  private dirtyNodeRuns = new Map<string, NodeRunRecord>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly windowMs = 25,
  ) {}

  saveGraphRun(run: GraphRunRecord): void {
    this.dirtyGraphRuns.set(run.id, run);
    this.schedule();
  }

  saveNodeRun(nodeRun: NodeRunRecord): void {
    this.dirtyNodeRuns.set(nodeRun.id, nodeRun);
    this.schedule();
  }

  /** Writes everything saved so far; resolves once it is committed. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.flushing = this.flushing.catch(() => undefined).then(() => this.writeDirty());
    return this.flushing;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((error: unknown) => process.stderr.write(`Saving run records failed, will retry: ${String(error)}\n`));
    }, this.windowMs);
    this.timer.unref();
  }

  private async writeDirty(): Promise<void> {
    if (this.dirtyGraphRuns.size === 0 && this.dirtyNodeRuns.size === 0) return;
    const graphRuns = this.dirtyGraphRuns;
    const nodeRuns = this.dirtyNodeRuns;
    this.dirtyGraphRuns = new Map();
    this.dirtyNodeRuns = new Map();
    // Serialized now, so the rows are one consistent snapshot of the live records.
    const graphRows = [...graphRuns.values()].map(graphRunToRow);
    const nodeRows = [...nodeRuns.values()].map(nodeRunToRow);
    try {
      await this.db.transaction().execute(async (tx) => {
        for (let i = 0; i < graphRows.length; i += CHUNK) {
          await tx
            .insertInto('graph_runs')
            .values(graphRows.slice(i, i + CHUNK))
            .onConflict((oc) =>
              oc.column('id').doUpdateSet((eb) => ({
                status: eb.ref('excluded.status'),
                outputs: eb.ref('excluded.outputs'),
                error: eb.ref('excluded.error'),
                started_at: eb.ref('excluded.started_at'),
                ended_at: eb.ref('excluded.ended_at'),
              })),
            )
            .execute();
        }
        for (let i = 0; i < nodeRows.length; i += CHUNK) {
          await tx
            .insertInto('node_runs')
            .values(nodeRows.slice(i, i + CHUNK))
            .onConflict((oc) =>
              oc.column('id').doUpdateSet((eb) => ({
                status: eb.ref('excluded.status'),
                inputs: eb.ref('excluded.inputs'),
                outputs: eb.ref('excluded.outputs'),
                error: eb.ref('excluded.error'),
                attempts: eb.ref('excluded.attempts'),
                queued_at: eb.ref('excluded.queued_at'),
                started_at: eb.ref('excluded.started_at'),
                ended_at: eb.ref('excluded.ended_at'),
              })),
            )
            .execute();
        }
      });
    } catch (error) {
      // Nothing is lost: the records go back to be written by the next flush, unless a newer save replaced them.
      for (const [id, run] of graphRuns) if (!this.dirtyGraphRuns.has(id)) this.dirtyGraphRuns.set(id, run);
      for (const [id, run] of nodeRuns) if (!this.dirtyNodeRuns.has(id)) this.dirtyNodeRuns.set(id, run);
      throw error;
    }
  }
}
