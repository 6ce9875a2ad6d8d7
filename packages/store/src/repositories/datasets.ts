import type { EvaluatorSpec } from '@blocksmith/engine';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { fromJson, toJson } from '../json-column.ts';
import type { Owner } from '../owner.ts';
import type { DatasetCasesTable, DatasetsTable, Database } from '../schema.ts';
import { insertInChunks } from './insert-in-chunks.ts';
import { deleteOwned } from './owned-rows.ts';

export interface Dataset {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  graphId?: string;
  evaluators: EvaluatorSpec[];
  threshold: number;
  cases: number;
  createdAt: number;
  updatedAt: number;
}

export interface DatasetCase {
  id: string;
  position: number;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
  fromRunId?: string;
}

export type NewCase = Omit<DatasetCase, 'id' | 'position'>;
export type DatasetFields = Pick<Dataset, 'name' | 'description' | 'evaluators' | 'threshold'> & { graphId?: string | undefined };

const toDataset = (row: DatasetsTable, cases: number): Dataset => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  description: row.description,
  ...(row.graph_id !== null ? { graphId: row.graph_id } : {}),
  evaluators: fromJson(row.evaluators),
  threshold: Number(row.threshold),
  cases,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

const toCase = (row: DatasetCasesTable): DatasetCase => ({
  id: row.id,
  position: Number(row.position),
  inputs: fromJson(row.inputs),
  expected: fromJson(row.expected),
  ...(row.from_run_id !== null ? { fromRunId: row.from_run_id } : {}),
});

/** A name is taken in the workspace: datasets are found by name (the command line's `--dataset`). */
export class DatasetNameTaken extends Error {
  constructor(readonly datasetName: string) {
    super(`A dataset named "${datasetName}" already exists in this workspace; pick another name.`);
  }
}

/** Datasets of a workspace and their cases, in order; every read and write is scoped to the workspace. */
export class DatasetsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(owner: Owner, fields: DatasetFields, cases: NewCase[] = []): Promise<Dataset> {
    const now = Date.now();
    const row: DatasetsTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      name: fields.name,
      description: fields.description,
      graph_id: fields.graphId ?? null,
      evaluators: toJson(fields.evaluators),
      threshold: fields.threshold,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (tx) => {
      if (await this.named(tx, owner.workspaceId, fields.name)) throw new DatasetNameTaken(fields.name);
      await tx.insertInto('datasets').values(row).execute();
      await this.insertCases(tx, row.id, 0, cases);
    });
    return toDataset(row, cases.length);
  }

  async list(workspaceId: string): Promise<Dataset[]> {
    const rows = await this.db.selectFrom('datasets').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
    const counts = new Map(
      (
        await this.db
          .selectFrom('dataset_cases')
          .innerJoin('datasets', 'datasets.id', 'dataset_cases.dataset_id')
          .select(['dataset_cases.dataset_id as id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('datasets.workspace_id', '=', workspaceId)
          .groupBy('dataset_cases.dataset_id')
          .execute()
      ).map((r) => [r.id, Number(r.n)]),
    );
    return rows.map((row) => toDataset(row, counts.get(row.id) ?? 0));
  }

  async get(workspaceId: string, id: string): Promise<Dataset | undefined> {
    const row = await this.db.selectFrom('datasets').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toDataset(row, await this.caseCount(id));
  }

  /** The workspace's dataset of this name, or of this id: what `--dataset` names. */
  async find(workspaceId: string, idOrName: string): Promise<Dataset | undefined> {
    const byId = await this.get(workspaceId, idOrName);
    if (byId) return byId;
    const row = await this.named(this.db, workspaceId, idOrName);
    return row && toDataset(row, await this.caseCount(row.id));
  }

  async update(workspaceId: string, id: string, change: Partial<DatasetFields>): Promise<Dataset | undefined> {
    await this.db.transaction().execute(async (tx) => {
      if (change.name !== undefined) {
        const other = await this.named(tx, workspaceId, change.name);
        if (other && other.id !== id) throw new DatasetNameTaken(change.name);
      }
      await tx
        .updateTable('datasets')
        .set({
          ...(change.name !== undefined ? { name: change.name } : {}),
          ...(change.description !== undefined ? { description: change.description } : {}),
          ...(change.evaluators !== undefined ? { evaluators: toJson(change.evaluators) } : {}),
          ...(change.threshold !== undefined ? { threshold: change.threshold } : {}),
          ...('graphId' in change ? { graph_id: change.graphId ?? null } : {}),
          updated_at: Date.now(),
        })
        .where('id', '=', id)
        .where('workspace_id', '=', workspaceId)
        .execute();
    });
    return this.get(workspaceId, id);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'datasets', workspaceId, id);
  }

  /** The dataset's cases in order; undefined when it is not the workspace's. */
  async cases(workspaceId: string, id: string): Promise<DatasetCase[] | undefined> {
    if (!(await this.owned(workspaceId, id))) return undefined;
    const rows = await this.db.selectFrom('dataset_cases').selectAll().where('dataset_id', '=', id).orderBy('position').orderBy('id').execute();
    return rows.map(toCase);
  }

  /** Appends cases after the last one; undefined when the dataset is not the workspace's. */
  async addCases(workspaceId: string, id: string, cases: NewCase[]): Promise<DatasetCase[] | undefined> {
    if (!(await this.owned(workspaceId, id))) return undefined;
    return this.db.transaction().execute(async (tx) => {
      const last = await tx
        .selectFrom('dataset_cases')
        .select((eb) => eb.fn.max<number>('position').as('p'))
        .where('dataset_id', '=', id)
        .executeTakeFirst();
      const added = await this.insertCases(tx, id, last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1, cases);
      await tx.updateTable('datasets').set({ updated_at: Date.now() }).where('id', '=', id).execute();
      return added;
    });
  }

  async updateCase(
    workspaceId: string,
    id: string,
    caseId: string,
    change: { inputs?: Record<string, unknown> | undefined; expected?: Record<string, unknown> | undefined },
  ): Promise<DatasetCase | undefined> {
    if (!(await this.owned(workspaceId, id))) return undefined;
    await this.db
      .updateTable('dataset_cases')
      .set({
        ...(change.inputs !== undefined ? { inputs: toJson(change.inputs) } : {}),
        ...(change.expected !== undefined ? { expected: toJson(change.expected) } : {}),
        updated_at: Date.now(),
      })
      .where('id', '=', caseId)
      .where('dataset_id', '=', id)
      .execute();
    const row = await this.db.selectFrom('dataset_cases').selectAll().where('id', '=', caseId).where('dataset_id', '=', id).executeTakeFirst();
    return row && toCase(row);
  }

  async deleteCase(workspaceId: string, id: string, caseId: string): Promise<boolean> {
    if (!(await this.owned(workspaceId, id))) return false;
    const result = await this.db.deleteFrom('dataset_cases').where('id', '=', caseId).where('dataset_id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Whether the dataset is the workspace's: what every read and write of its cases asks first. */
  private async owned(workspaceId: string, id: string): Promise<boolean> {
    return (await this.db.selectFrom('datasets').select('id').where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst()) !== undefined;
  }

  private async caseCount(id: string): Promise<number> {
    const row = await this.db
      .selectFrom('dataset_cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('dataset_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private named(db: Kysely<Database>, workspaceId: string, name: string): Promise<DatasetsTable | undefined> {
    return db.selectFrom('datasets').selectAll().where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirst();
  }

  private async insertCases(db: Kysely<Database>, datasetId: string, from: number, cases: NewCase[]): Promise<DatasetCase[]> {
    const now = Date.now();
    const rows: DatasetCasesTable[] = cases.map((c, i) => ({
      id: randomUUID(),
      dataset_id: datasetId,
      position: from + i,
      inputs: toJson(c.inputs),
      expected: toJson(c.expected),
      from_run_id: c.fromRunId ?? null,
      created_at: now,
      updated_at: now,
    }));

    await insertInChunks(db, 'dataset_cases', rows);
    return rows.map(toCase);
  }
}
