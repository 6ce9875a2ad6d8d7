import type { GraphRunRecord, GraphRunStatus, NodeRunRecord, RunTrigger } from '@blocksmith/engine';
import { isLargeValueRef, valueOfLargeFile } from '@blocksmith/sdk/large-value';
import type { Kysely } from 'kysely';
import { mergeNodeRunBatches, sightBatch, type NodeRunSighting } from '../node-run-batches.ts';
import { rowToGraphRun } from '../run-rows.ts';
import type { Database } from '../schema.ts';

/** Batches read per query by a scan: a run's small batches in one query, a long run's a few megabytes at a time. */
const SCAN_BATCHES = 32;

export interface RunListOptions {
  graphId?: string;
  status?: GraphRunStatus;
  /** Only runs started this way. */
  trigger?: RunTrigger['kind'] | undefined;
  /** Only runs created at or after this time (ms). */
  since?: number | undefined;
  /** Only runs created before this time (ms). */
  until?: number | undefined;
  /** Only runs acting for this member (what a runner sees). */
  startedBy?: string | undefined;
  limit: number;
  offset: number;
}

/** The statuses of a run that has not ended, as the partial index of unfinished runs lists them (migration 0012). */
export const UNFINISHED_STATUSES: GraphRunStatus[] = ['QUEUED', 'RUNNING', 'REVIEW'];

/** Reads graph runs and their node runs, scoped to a user. Writes go through SqlRunStore. */
export class RunsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * A page of the user's runs (not sub-runs), newest first, with how many match and — over the same
   * filters but any status — how many there are of each status.
   */
  async list(
    workspaceId: string,
    options: RunListOptions,
  ): Promise<{ runs: GraphRunRecord[]; total: number; counts: Partial<Record<GraphRunStatus, number>> }> {
    let anyStatus = this.db.selectFrom('graph_runs').where('workspace_id', '=', workspaceId).where('parent_run_id', 'is', null);
    if (options.graphId) anyStatus = anyStatus.where('graph_id', '=', options.graphId);
    // The trigger column holds the RunTrigger as JSON, written with its kind first.
    if (options.trigger) anyStatus = anyStatus.where('trigger', 'like', `{"kind":"${options.trigger}"%`);
    if (options.since !== undefined) anyStatus = anyStatus.where('created_at', '>=', options.since);
    if (options.until !== undefined) anyStatus = anyStatus.where('created_at', '<', options.until);
    if (options.startedBy !== undefined) anyStatus = anyStatus.where('user_id', '=', options.startedBy);
    const query = options.status ? anyStatus.where('status', '=', options.status) : anyStatus;
    const [rows, byStatus] = await Promise.all([
      query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(options.limit).offset(options.offset).execute(),
      anyStatus
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute(),
    ]);
    const counts = Object.fromEntries(byStatus.map((row) => [row.status, Number(row.n)])) as Partial<Record<GraphRunStatus, number>>;
    const total = options.status ? (counts[options.status] ?? 0) : Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { runs: rows.map(rowToGraphRun), total, counts };
  }

  async get(workspaceId: string, runId: string): Promise<GraphRunRecord | undefined> {
    const row = await this.db.selectFrom('graph_runs').selectAll().where('id', '=', runId).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && rowToGraphRun(row);
  }

  /**
   * Deletes a user's run with its sub-runs at every depth, their node runs and reviews, in one
   * transaction; a schedule fire that started it stays, without its run. False when the user has no such run.
   */
  async delete(workspaceId: string, runId: string): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const run = await tx.selectFrom('graph_runs').select('id').where('id', '=', runId).where('workspace_id', '=', workspaceId).executeTakeFirst();
      if (!run) return false;
      // Chunks keep each statement under the databases' limits on bound parameters: a fan-out of sub-agents has thousands.
      const chunks = (list: string[]) => Array.from({ length: Math.ceil(list.length / 500) }, (_, i) => list.slice(i * 500, i * 500 + 500));
      const ids = [runId];
      for (let level = [runId]; level.length > 0; ids.push(...level)) {
        const children: string[] = [];
        for (const chunk of chunks(level))
          children.push(...(await tx.selectFrom('graph_runs').select('id').where('parent_run_id', 'in', chunk).execute()).map((r) => r.id));
        level = children;
      }
      for (const chunk of chunks(ids)) {
        await tx.deleteFrom('node_run_batches').where('graph_run_id', 'in', chunk).execute();
        await tx.deleteFrom('reviews').where('run_id', 'in', chunk).execute();
        await tx.updateTable('schedule_fires').set({ run_id: null }).where('run_id', 'in', chunk).execute();
        await tx.deleteFrom('graph_runs').where('id', 'in', chunk).execute();
      }
      return true;
    });
  }

  /**
   * Top-level runs that ended with one of `statuses` before `before`, oldest first, whatever their workspace —
   * of one agent (`graphId`), or of any agent but those in `except` — `limit` at a time: what retention
   * deletes next (run-retention.ts).
   */
  async endedBefore(
    statuses: readonly GraphRunStatus[],
    before: number,
    limit: number,
    agents: { graphId: string } | { except: readonly string[] } = { except: [] },
  ): Promise<{ id: string; workspaceId: string }[]> {
    let query = this.db
      .selectFrom('graph_runs')
      .select(['id', 'workspace_id'])
      .where('status', 'in', statuses)
      .where('parent_run_id', 'is', null)
      .where('workspace_id', 'is not', null)
      .where('ended_at', 'is not', null)
      .where('ended_at', '<', before);
    if ('graphId' in agents) query = query.where('graph_id', '=', agents.graphId);
    else if (agents.except.length > 0) query = query.where((eb) => eb.or([eb('graph_id', 'is', null), eb('graph_id', 'not in', agents.except)]));
    const rows = await query.orderBy('ended_at').limit(limit).execute();
    return rows.map((row) => ({ id: row.id, workspaceId: row.workspace_id! }));
  }

  /** An agent's ended top-level runs after its newest `keep`, oldest first, `limit` at a time. */
  async endedBeyond(graphId: string, keep: number, limit: number): Promise<{ id: string; workspaceId: string }[]> {
    const rows = await this.db
      .selectFrom('graph_runs')
      .select(['id', 'workspace_id'])
      .where('graph_id', '=', graphId)
      .where('parent_run_id', 'is', null)
      .where('ended_at', 'is not', null)
      .where('status', 'in', ['COMPLETED', 'FAILED', 'TERMINATED'])
      .where('workspace_id', 'is not', null)
      .orderBy('ended_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(keep)
      .execute();
    return rows.reverse().map((row) => ({ id: row.id, workspaceId: row.workspace_id! }));
  }

  /** Any user's run: for the worker that executes it, never for an API answer. */
  async byId(runId: string): Promise<GraphRunRecord | undefined> {
    const row = await this.db.selectFrom('graph_runs').selectAll().where('id', '=', runId).executeTakeFirst();
    return row && rowToGraphRun(row);
  }

  async nodeRuns(runId: string): Promise<NodeRunRecord[]> {
    const batches = await this.db.selectFrom('node_run_batches').select('body').where('graph_run_id', '=', runId).orderBy('batch').execute();
    return mergeNodeRunBatches(
      runId,
      batches.map((batch) => batch.body),
    );
  }

  /**
   * Meets every saved state of a run's node runs, oldest first, reading its batches a few at a time:
   * what a run's detail needs of a run of a million node runs (a page, a count, a summary per node)
   * without holding them all at once (NodeRunSighting).
   */
  async scanNodeRuns(runId: string, visit: (sighting: NodeRunSighting) => void): Promise<void> {
    for (let after: string | undefined; ;) {
      let query = this.db.selectFrom('node_run_batches').select(['batch', 'body']).where('graph_run_id', '=', runId);
      if (after !== undefined) query = query.where('batch', '>', after);
      const batches = await query.orderBy('batch').limit(SCAN_BATCHES).execute();
      for (const { body } of batches) sightBatch(runId, body, visit);
      if (batches.length < SCAN_BATCHES) return;
      after = batches.at(-1)!.batch;
    }
  }

  /**
   * A run's node runs with every value stored as a file (value-spill.ts) read back whole: what a
   * resumed run replays, so the blocks after them get the values themselves. A file the user
   * deleted meanwhile leaves its reference in place.
   */
  async nodeRunsWhole(runId: string, workspaceId: string | undefined): Promise<NodeRunRecord[]> {
    const records = await this.nodeRuns(runId);
    if (workspaceId === undefined) return records;
    const whole = async (value: unknown): Promise<unknown> => {
      if (!isLargeValueRef(value) || value.largeValue.fileId === undefined) return value;
      const file = await this.db
        .selectFrom('files')
        .select('content')
        .where('id', '=', value.largeValue.fileId)
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return file ? valueOfLargeFile(value, new Uint8Array(file.content)) : value;
    };
    for (const record of records) {
      for (const values of Object.values(record.outputs)) {
        for (let i = 0; i < values.length; i++) values[i] = await whole(values[i]);
      }
      for (const [name, value] of Object.entries(record.inputs)) record.inputs[name] = await whole(value);
    }
    return records;
  }

  /** The latest top-level run of each of the given graphs of a workspace; `startedBy`: of the runs acting for this member only. */
  async latestByGraph(
    workspaceId: string,
    graphIds: string[],
    startedBy?: string,
  ): Promise<Map<string, { runId: string; status: GraphRunStatus; createdAt: number }>> {
    const latest = new Map<string, { runId: string; status: GraphRunStatus; createdAt: number }>();
    if (graphIds.length === 0) return latest;
    const rows = await this.db
      .selectFrom('graph_runs as r')
      .select(['r.id', 'r.graph_id', 'r.status', 'r.created_at'])
      .where('r.workspace_id', '=', workspaceId)
      .$if(startedBy !== undefined, (q) => q.where('r.user_id', '=', startedBy!))
      .where('r.parent_run_id', 'is', null)
      .where('r.graph_id', 'in', graphIds)
      .where(({ eb, selectFrom }) =>
        eb(
          'r.created_at',
          '=',
          selectFrom('graph_runs as x')
            .select((x) => x.fn.max('x.created_at').as('m'))
            .whereRef('x.graph_id', '=', 'r.graph_id')
            .where('x.workspace_id', '=', workspaceId)
            .$if(startedBy !== undefined, (q) => q.where('x.user_id', '=', startedBy!))
            .where('x.parent_run_id', 'is', null),
        ),
      )
      .execute();
    for (const row of rows) latest.set(row.graph_id!, { runId: row.id, status: row.status as GraphRunStatus, createdAt: Number(row.created_at) });
    return latest;
  }

  /** Runs not ended (QUEUED, RUNNING or REVIEW), oldest first; optionally only those created before a time, or the sub-runs of one run. */
  async unfinished(options: { createdBefore?: number; parentRunId?: string } = {}): Promise<GraphRunRecord[]> {
    let query = this.db.selectFrom('graph_runs').selectAll().where('status', 'in', UNFINISHED_STATUSES);
    if (options.createdBefore !== undefined) query = query.where('created_at', '<', options.createdBefore);
    if (options.parentRunId !== undefined) query = query.where('parent_run_id', '=', options.parentRunId);
    return (await query.orderBy('created_at').execute()).map(rowToGraphRun);
  }
}
