import type { Owner } from '../owner.ts';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { fromJson, toJson } from '../json-column.ts';
import type { Database, PresetsTable } from '../schema.ts';
import { deleteOwned } from './owned-rows.ts';

/** A named set of run inputs for one graph, for people, schedules and webhooks to start runs with. */
export interface Preset {
  id: string;
  graphId: string;
  name: string;
  inputs: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

const toPreset = (row: PresetsTable): Preset => ({
  id: row.id,
  graphId: row.graph_id,
  name: row.name,
  inputs: fromJson(row.inputs),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

/** Presets of a user's graphs; every read and write is scoped to the user. */
export class PresetsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(owner: Owner, graphId: string, preset: { name: string; inputs: Record<string, unknown> }): Promise<Preset> {
    const now = Date.now();
    const row: PresetsTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      graph_id: graphId,
      name: preset.name,
      inputs: toJson(preset.inputs),
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('presets').values(row).execute();
    return toPreset(row);
  }

  async list(workspaceId: string, graphId: string): Promise<Preset[]> {
    const rows = await this.db
      .selectFrom('presets')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('graph_id', '=', graphId)
      .orderBy('created_at')
      .execute();
    return rows.map(toPreset);
  }

  async get(workspaceId: string, id: string): Promise<Preset | undefined> {
    const row = await this.db.selectFrom('presets').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toPreset(row);
  }

  /** The user's preset, only if it belongs to this graph: what runs, schedules and webhooks may start from. */
  async ofGraph(workspaceId: string, graphId: string, id: string): Promise<Preset | undefined> {
    const preset = await this.get(workspaceId, id);
    return preset?.graphId === graphId ? preset : undefined;
  }

  async update(
    workspaceId: string,
    id: string,
    change: { name?: string | undefined; inputs?: Record<string, unknown> | undefined },
  ): Promise<Preset | undefined> {
    await this.db
      .updateTable('presets')
      .set({
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.inputs !== undefined ? { inputs: toJson(change.inputs) } : {}),
        updated_at: Date.now(),
      })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .execute();
    return this.get(workspaceId, id);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'presets', workspaceId, id);
  }
}
