import type { GraphRunStatus, ReviewOpening } from '@blocksmith/engine';
import type { Kysely, Selectable } from 'kysely';
import { timeOrderedId } from '@blocksmith/engine';
import { fromJson, toJson } from '../json-column.ts';
import { UNFINISHED_STATUSES } from './runs.ts';
import type { Database, ReviewsTable } from '../schema.ts';

export type ReviewStatus = 'pending' | 'approved' | 'rejected';

/** What a human-review node asked the run's owner, with the run it belongs to and, once made, the decision. */
export interface Review {
  id: string;
  runId: string;
  nodeRunId: string;
  nodeId: string;
  /** Markdown shown to the reviewer. */
  message: string;
  data: unknown;
  editable: boolean;
  status: ReviewStatus;
  /** The data as approved (edited, perhaps) or as rejected. */
  decidedData?: unknown;
  reason?: string;
  createdAt: number;
  expiresAt?: number;
  decidedAt?: number;
  /** The run's graph and status, when its row has been written. */
  graphId?: string;
  graphName?: string;
  runStatus?: GraphRunStatus;
}

export interface ReviewDecisionFields {
  status: 'approved' | 'rejected';
  data: unknown;
  reason?: string | undefined;
}

type ReviewRow = Selectable<ReviewsTable> & { graph_id: string | null; graph_name: string | null; run_status: string | null };

const toReview = (row: ReviewRow): Review => ({
  id: row.id,
  runId: row.run_id,
  nodeRunId: row.node_run_id,
  nodeId: row.node_id,
  message: row.message,
  data: fromJson(row.data),
  editable: row.editable === 1,
  status: row.status as ReviewStatus,
  ...(row.decided_data !== null ? { decidedData: fromJson(row.decided_data) } : {}),
  ...(row.reason !== null ? { reason: row.reason } : {}),
  createdAt: Number(row.created_at),
  ...(row.expires_at !== null ? { expiresAt: Number(row.expires_at) } : {}),
  ...(row.decided_at !== null ? { decidedAt: Number(row.decided_at) } : {}),
  ...(row.graph_id !== null ? { graphId: row.graph_id } : {}),
  ...(row.graph_name !== null ? { graphName: row.graph_name } : {}),
  ...(row.run_status !== null ? { runStatus: row.run_status as GraphRunStatus } : {}),
});

/**
 * Reviews of human-review nodes. The first decision stands: deciding is one
 * conditional update, so two people (or a person and a timeout) on two
 * servers cannot both decide.
 */
export class ReviewsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records the review, or finds the one already recorded for this run and key. */
  async open(opening: ReviewOpening, now: number): Promise<Review> {
    await this.db
      .insertInto('reviews')
      .values({
        id: timeOrderedId(),
        workspace_id: opening.workspaceId ?? null,
        user_id: opening.userId ?? null,
        run_id: opening.runId,
        node_run_id: opening.nodeRunId,
        node_id: opening.nodeId,
        wait_key: opening.key,
        message: opening.message,
        data: toJson(opening.data),
        editable: opening.editable ? 1 : 0,
        status: 'pending',
        decided_data: null,
        reason: null,
        created_at: now,
        expires_at: opening.timeoutMs !== undefined ? now + opening.timeoutMs : null,
        decided_at: null,
        parked: 0,
      })
      // Found again by a run that resumed: it holds the review now, so it is parked no more.
      .onConflict((oc) => oc.columns(['run_id', 'wait_key']).doUpdateSet({ parked: 0 }))
      .execute();
    const row = await this.select().where('r.run_id', '=', opening.runId).where('r.wait_key', '=', opening.key).executeTakeFirstOrThrow();
    return toReview(row);
  }

  /** Any user's review: for the desk of the process running it, never for an API answer. */
  async byId(id: string): Promise<Review | undefined> {
    const row = await this.select().where('r.id', '=', id).executeTakeFirst();
    return row && toReview(row);
  }

  async get(workspaceId: string, id: string): Promise<Review | undefined> {
    const row = await this.select().where('r.id', '=', id).where('r.workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toReview(row);
  }

  /**
   * A workspace's reviews, newest first: `pending` — waiting, in runs that have not
   * ended (a stopped run's review needs no one); `decided` — approved or rejected.
   * `startedBy`: only those of runs acting for this member.
   */
  async list(workspaceId: string, status: 'pending' | 'decided', limit: number, startedBy?: string): Promise<Review[]> {
    let query = this.select().where('r.workspace_id', '=', workspaceId);
    if (startedBy !== undefined) query = query.where('r.user_id', '=', startedBy);
    query =
      status === 'pending'
        ? query.where('r.status', '=', 'pending').where((eb) => eb.or([eb('g.status', 'is', null), eb('g.status', 'in', UNFINISHED_STATUSES)]))
        : query.where('r.status', '!=', 'pending');
    const rows = await query
      .orderBy(status === 'pending' ? 'r.created_at' : 'r.decided_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toReview);
  }

  /** Records a decision if the review is still pending; false when it was decided already. */
  async decide(id: string, decision: ReviewDecisionFields, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('reviews')
      .set({ status: decision.status, decided_data: toJson(decision.data), reason: decision.reason ?? null, decided_at: now })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Marks the reviews a run waits on as parked: no process holds the run, and deciding one must wake it. */
  async park(ids: string[]): Promise<void> {
    if (ids.length) await this.db.updateTable('reviews').set({ parked: 1 }).where('id', 'in', ids).execute();
  }

  /** Whether a run is parked with nothing to wake it: it has parked reviews, and none of them is decided. */
  async stillParked(runId: string): Promise<boolean> {
    const rows = await this.db.selectFrom('reviews').select('status').where('run_id', '=', runId).where('parked', '=', 1).execute();
    return rows.length > 0 && rows.every((row) => row.status === 'pending');
  }

  /** Rejects parked reviews whose time ran out (reason `timeout`); the runs they wake are what the answer lists. */
  async expireParked(now: number): Promise<string[]> {
    const due = await this.db
      .selectFrom('reviews')
      .select(['id', 'run_id', 'data'])
      .where('parked', '=', 1)
      .where('status', '=', 'pending')
      .where('expires_at', '<=', now)
      .execute();
    const woken: string[] = [];
    for (const review of due) {
      if (await this.decide(review.id, { status: 'rejected', data: fromJson(review.data), reason: 'timeout' }, now)) woken.push(review.run_id);
    }
    return woken;
  }

  private select() {
    return this.db
      .selectFrom('reviews as r')
      .leftJoin('graph_runs as g', 'g.id', 'r.run_id')
      .selectAll('r')
      .select(['g.graph_id as graph_id', 'g.graph_name as graph_name', 'g.status as run_status']);
  }
}
