import type { EvaluationSummary, EvaluatorSpec, GraphRunStatus, OutputScore } from '@blocksmith/engine';
import type { UsageTotals } from '@blocksmith/sdk';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { fromJson, toJson } from '../json-column.ts';
import type { Owner } from '../owner.ts';
import type { Database, EvaluationCasesTable, EvaluationsTable } from '../schema.ts';
import type { DatasetCase } from './datasets.ts';
import { insertInChunks } from './insert-in-chunks.ts';
import { deleteOwned } from './owned-rows.ts';

export type EvaluationStatus = 'RUNNING' | 'COMPLETED' | 'FAILED' | 'TERMINATED';

export interface Evaluation {
  id: string;
  workspaceId: string;
  /** The member who started it: its runs act for them. */
  userId?: string;
  graphId: string;
  graphVersion: number;
  datasetId?: string;
  datasetName: string;
  evaluators: EvaluatorSpec[];
  threshold: number;
  concurrency: number;
  status: EvaluationStatus;
  summary?: EvaluationSummary;
  error?: string;
  createdAt: number;
  endedAt?: number;
}

/** One case of an evaluation: what it ran with, and once ended how it scored. */
export interface EvaluationCase {
  caseId: string;
  position: number;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
  runId?: string;
  status: GraphRunStatus | 'PENDING';
  outputs?: Record<string, unknown[]>;
  scores?: OutputScore[];
  score?: number;
  usage?: UsageTotals;
  latencyMs?: number;
  error?: string;
}

export type EvaluationSettings = Pick<Evaluation, 'graphId' | 'graphVersion' | 'datasetName' | 'evaluators' | 'threshold' | 'concurrency'> & {
  datasetId: string;
};

const toEvaluation = (row: EvaluationsTable): Evaluation => ({
  id: row.id,
  workspaceId: row.workspace_id,
  ...(row.user_id !== null ? { userId: row.user_id } : {}),
  graphId: row.graph_id,
  graphVersion: Number(row.graph_version),
  ...(row.dataset_id !== null ? { datasetId: row.dataset_id } : {}),
  datasetName: row.dataset_name,
  evaluators: fromJson(row.evaluators),
  threshold: Number(row.threshold),
  concurrency: Number(row.concurrency),
  status: row.status as EvaluationStatus,
  ...(row.summary !== null ? { summary: fromJson<EvaluationSummary>(row.summary) } : {}),
  ...(row.error !== null ? { error: row.error } : {}),
  createdAt: Number(row.created_at),
  ...(row.ended_at !== null ? { endedAt: Number(row.ended_at) } : {}),
});

const toCase = (row: EvaluationCasesTable): EvaluationCase => ({
  caseId: row.case_id,
  position: Number(row.position),
  inputs: fromJson(row.inputs),
  expected: fromJson(row.expected),
  ...(row.run_id !== null ? { runId: row.run_id } : {}),
  status: row.status as EvaluationCase['status'],
  ...(row.outputs !== null ? { outputs: fromJson<Record<string, unknown[]>>(row.outputs) } : {}),
  ...(row.scores !== null ? { scores: fromJson<OutputScore[]>(row.scores) } : {}),
  ...(row.score !== null ? { score: Number(row.score) } : {}),
  ...(row.usage !== null ? { usage: fromJson<UsageTotals>(row.usage) } : {}),
  ...(row.latency_ms !== null ? { latencyMs: Number(row.latency_ms) } : {}),
  ...(row.error !== null ? { error: row.error } : {}),
});

export interface EvaluationListOptions {
  graphId?: string | undefined;
  datasetId?: string | undefined;
  graphVersion?: number | undefined;
  status?: EvaluationStatus | undefined;
  limit: number;
}

/** Evaluations of a workspace's agents and their cases; reads are scoped to the workspace. */
export class EvaluationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records an evaluation RUNNING with a copy of each case, all PENDING. */
  async create(owner: Owner, settings: EvaluationSettings, cases: DatasetCase[]): Promise<Evaluation> {
    const row: EvaluationsTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      graph_id: settings.graphId,
      graph_version: settings.graphVersion,
      dataset_id: settings.datasetId,
      dataset_name: settings.datasetName,
      evaluators: toJson(settings.evaluators),
      threshold: settings.threshold,
      concurrency: settings.concurrency,
      status: 'RUNNING',
      summary: null,
      error: null,
      created_at: Date.now(),
      ended_at: null,
      runner: null,
      lease_until: null,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('evaluations').values(row).execute();
      const rows: EvaluationCasesTable[] = cases.map((c) => ({
        evaluation_id: row.id,
        case_id: c.id,
        position: c.position,
        inputs: toJson(c.inputs),
        expected: toJson(c.expected),
        run_id: null,
        status: 'PENDING',
        outputs: null,
        scores: null,
        score: null,
        usage: null,
        latency_ms: null,
        error: null,
      }));
      await insertInChunks(tx, 'evaluation_cases', rows);
    });
    return toEvaluation(row);
  }

  async get(workspaceId: string, id: string): Promise<Evaluation | undefined> {
    const row = await this.db.selectFrom('evaluations').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toEvaluation(row);
  }

  /** The workspace's evaluations, newest first. */
  async list(workspaceId: string, options: EvaluationListOptions): Promise<Evaluation[]> {
    let query = this.db.selectFrom('evaluations').selectAll().where('workspace_id', '=', workspaceId);
    if (options.graphId !== undefined) query = query.where('graph_id', '=', options.graphId);
    if (options.datasetId !== undefined) query = query.where('dataset_id', '=', options.datasetId);
    if (options.graphVersion !== undefined) query = query.where('graph_version', '=', options.graphVersion);
    if (options.status !== undefined) query = query.where('status', '=', options.status);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(options.limit).execute();
    return rows.map(toEvaluation);
  }

  async cases(evaluationId: string): Promise<EvaluationCase[]> {
    const rows = await this.db
      .selectFrom('evaluation_cases')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .orderBy('position')
      .orderBy('case_id')
      .execute();
    return rows.map(toCase);
  }

  /** Notes the run a case started, so a restart finds it rather than starting another. */
  async caseStarted(evaluationId: string, caseId: string, runId: string): Promise<void> {
    await this.db.updateTable('evaluation_cases').set({ run_id: runId }).where('evaluation_id', '=', evaluationId).where('case_id', '=', caseId).execute();
  }

  /** Records how a case ended. */
  async caseEnded(
    evaluationId: string,
    ended: Required<Pick<EvaluationCase, 'caseId' | 'status' | 'scores' | 'score'>> & Partial<EvaluationCase>,
  ): Promise<void> {
    await this.db
      .updateTable('evaluation_cases')
      .set({
        status: ended.status,
        ...(ended.runId !== undefined ? { run_id: ended.runId } : {}),
        outputs: ended.outputs === undefined ? null : toJson(ended.outputs),
        scores: toJson(ended.scores),
        score: ended.score,
        usage: ended.usage === undefined ? null : toJson(ended.usage),
        latency_ms: ended.latencyMs ?? null,
        error: ended.error ?? null,
      })
      .where('evaluation_id', '=', evaluationId)
      .where('case_id', '=', ended.caseId)
      .execute();
  }

  /** Writes the running totals, and with `status` the end. */
  async update(id: string, change: { summary: EvaluationSummary; status?: EvaluationStatus; error?: string }): Promise<void> {
    await this.db
      .updateTable('evaluations')
      .set({
        summary: toJson(change.summary),
        ...(change.status !== undefined ? { status: change.status, ended_at: Date.now() } : {}),
        ...(change.error !== undefined ? { error: change.error } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'evaluations', workspaceId, id);
  }

  /**
   * Evaluations RUNNING that no server holds (never claimed, or its lease ran out by `now`), in every
   * workspace; all RUNNING ones with `all` (the embedded server, the only process on its data).
   */
  async unclaimed(now: number, all = false): Promise<Evaluation[]> {
    let query = this.db.selectFrom('evaluations').selectAll().where('status', '=', 'RUNNING');
    if (!all) query = query.where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]));
    return (await query.orderBy('created_at').execute()).map(toEvaluation);
  }

  /**
   * Takes (or keeps) an evaluation for `runner` until `until`: true when it was free, expired at `now`, or
   * already this runner's — one server of several wins. `force` takes it whoever held it.
   */
  async claim(id: string, runner: string, now: number, until: number, force = false): Promise<boolean> {
    let query = this.db.updateTable('evaluations').set({ runner, lease_until: until }).where('id', '=', id).where('status', '=', 'RUNNING');
    if (!force) query = query.where((eb) => eb.or([eb('runner', 'is', null), eb('runner', '=', runner), eb('lease_until', '<', now)]));
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The newest evaluation of an agent version on a dataset that ended, for a release gate. */
  async latestEnded(workspaceId: string, graphId: string, graphVersion: number, datasetId: string): Promise<Evaluation | undefined> {
    const row = await this.db
      .selectFrom('evaluations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('graph_id', '=', graphId)
      .where('graph_version', '=', graphVersion)
      .where('dataset_id', '=', datasetId)
      .where('status', '=', 'COMPLETED')
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row && toEvaluation(row);
  }
}
