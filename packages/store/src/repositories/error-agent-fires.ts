import type { RunTrigger } from '@blocksmith/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** A failed run whose agent names an error agent, and no error agent run has been started for yet. */
export interface UnansweredFailure {
  runId: string;
  workspaceId: string;
  userId: string;
  graphId: string;
  graphName: string;
  graphVersion: number | undefined;
  error: string | undefined;
  inputs: Record<string, unknown>;
  trigger: RunTrigger | undefined;
  endedAt: number;
  errorAgentId: string;
}

/**
 * Which failed runs an error agent was started for, one row per failed run: its primary key lets one server
 * claim a failure however many look at it; a claim whose server died before starting the run is taken over
 * once its lease has run out.
 */
export class ErrorAgentFiresRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Top-level runs that failed after `since` (and after their agent named its error agent) with no fire, or
   * with a claim older than `expiredBefore` that started nothing: oldest first, `limit` of them.
   */
  async unanswered(since: number, expiredBefore: number, limit: number): Promise<UnansweredFailure[]> {
    const rows = await this.db
      .selectFrom('graph_runs as r')
      .innerJoin('graphs as g', 'g.id', 'r.graph_id')
      .leftJoin('error_agent_fires as f', 'f.failed_run_id', 'r.id')
      .select([
        'r.id',
        'r.workspace_id',
        'r.user_id',
        'r.graph_id',
        'r.graph_name',
        'r.graph_version',
        'r.error',
        'r.inputs',
        'r.trigger',
        'r.ended_at',
        'g.error_agent_id',
      ])
      .where('r.status', '=', 'FAILED')
      .where('r.parent_run_id', 'is', null)
      .where('r.ended_at', 'is not', null)
      .where('r.ended_at', '>', since)
      .where('g.error_agent_id', 'is not', null)
      .whereRef('r.ended_at', '>=', 'g.error_agent_since')
      .where((eb) =>
        eb.or([
          eb('f.failed_run_id', 'is', null),
          eb.and([eb('f.error_run_id', 'is', null), eb('f.problem', 'is', null), eb('f.claimed_at', '<', expiredBefore)]),
        ]),
      )
      .orderBy('r.ended_at')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      runId: row.id,
      workspaceId: row.workspace_id!,
      userId: row.user_id!,
      graphId: row.graph_id!,
      graphName: row.graph_name,
      graphVersion: row.graph_version ?? undefined,
      error: row.error ?? undefined,
      inputs: JSON.parse(row.inputs) as Record<string, unknown>,
      trigger: row.trigger === null ? undefined : (JSON.parse(row.trigger) as RunTrigger),
      endedAt: Number(row.ended_at),
      errorAgentId: row.error_agent_id!,
    }));
  }

  /** Takes the failure for `claimer`: true when no one has it, or the one who had it let its lease run out. */
  async claim(failedRunId: string, claimer: string, now: number, expiredBefore: number): Promise<boolean> {
    const inserted = await this.db
      .insertInto('error_agent_fires')
      .values({ failed_run_id: failedRunId, claimed_by: claimer, claimed_at: now, error_run_id: null, problem: null })
      .onConflict((oc) => oc.column('failed_run_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
    const taken = await this.db
      .updateTable('error_agent_fires')
      .set({ claimed_by: claimer, claimed_at: now })
      .where('failed_run_id', '=', failedRunId)
      .where('error_run_id', 'is', null)
      .where('problem', 'is', null)
      .where('claimed_at', '<', expiredBefore)
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) > 0;
  }

  /** The error agent's run for the failure, or why none could start (it is not tried again). */
  async answered(failedRunId: string, outcome: { errorRunId: string } | { problem: string }): Promise<void> {
    await this.db
      .updateTable('error_agent_fires')
      .set('errorRunId' in outcome ? { error_run_id: outcome.errorRunId } : { problem: outcome.problem.slice(0, 2000) })
      .where('failed_run_id', '=', failedRunId)
      .execute();
  }

  async fire(failedRunId: string): Promise<{ errorRunId?: string; problem?: string } | undefined> {
    const row = await this.db.selectFrom('error_agent_fires').select(['error_run_id', 'problem']).where('failed_run_id', '=', failedRunId).executeTakeFirst();
    return row && { ...(row.error_run_id ? { errorRunId: row.error_run_id } : {}), ...(row.problem ? { problem: row.problem } : {}) };
  }
}
