import type { ModelUsage, UsageTotals } from '@blocksmith/sdk';
import { addUsage } from '@blocksmith/sdk/usage';
import type { Owner } from '../owner.ts';
import type { Kysely, Selectable } from 'kysely';
import { timeOrderedId } from '@blocksmith/engine';
import { fromJson, toJson } from '../json-column.ts';
import type { CopilotSessionsTable, Database } from '../schema.ts';
import { deleteOwned } from './owned-rows.ts';

export interface CopilotSession {
  id: string;
  title: string;
  /** The model credential it talks through; none: the user's only one. */
  credentialId?: string;
  model: string;
  /** The agent open in the builder that the session works on. */
  graphId?: string;
  usage?: UsageTotals;
  createdAt: number;
  updatedAt: number;
}

/** One thing said in a session, in order: its kind and body are the copilot's to define. */
export interface CopilotItem {
  seq: number;
  kind: string;
  body: unknown;
  createdAt: number;
}

const toSession = (row: Selectable<CopilotSessionsTable>): CopilotSession => ({
  id: row.id,
  title: row.title,
  ...(row.credential_id !== null ? { credentialId: row.credential_id } : {}),
  model: row.model,
  ...(row.graph_id !== null ? { graphId: row.graph_id } : {}),
  ...(row.usage !== null ? { usage: fromJson<UsageTotals>(row.usage) } : {}),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

/** Copilot sessions of a user and their items; every read and write of a session is scoped to its user. */
export class CopilotRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    owner: Owner,
    session: { title: string; credentialId?: string | undefined; model: string; graphId?: string | undefined },
  ): Promise<CopilotSession> {
    const now = Date.now();
    const row = {
      id: timeOrderedId(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      title: session.title,
      credential_id: session.credentialId ?? null,
      model: session.model,
      graph_id: session.graphId ?? null,
      usage: null,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('copilot_sessions').values(row).execute();
    return toSession(row);
  }

  async list(workspaceId: string): Promise<CopilotSession[]> {
    const rows = await this.db
      .selectFrom('copilot_sessions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('updated_at', 'desc')
      .limit(200)
      .execute();
    return rows.map(toSession);
  }

  async get(workspaceId: string, id: string): Promise<CopilotSession | undefined> {
    const row = await this.db.selectFrom('copilot_sessions').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toSession(row);
  }

  async update(workspaceId: string, id: string, change: { title?: string | undefined; credentialId?: string | null | undefined; model?: string | undefined }) {
    await this.db
      .updateTable('copilot_sessions')
      .set({
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.credentialId !== undefined ? { credential_id: change.credentialId } : {}),
        ...(change.model !== undefined ? { model: change.model } : {}),
        updated_at: Date.now(),
      })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .execute();
    return this.get(workspaceId, id);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'copilot_sessions', workspaceId, id);
  }

  async items(sessionId: string): Promise<CopilotItem[]> {
    const rows = await this.db.selectFrom('copilot_items').selectAll().where('session_id', '=', sessionId).orderBy('seq').execute();
    return rows.map((row) => ({ seq: row.seq, kind: row.kind, body: fromJson(row.body), createdAt: Number(row.created_at) }));
  }

  /** Appends an item (a session has one turn at a time, so the next seq is free) and marks the session used. */
  async append(sessionId: string, kind: string, body: unknown): Promise<CopilotItem> {
    const now = Date.now();
    const last = await this.db
      .selectFrom('copilot_items')
      .select((eb) => eb.fn.max<number>('seq').as('seq'))
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    await this.db
      .insertInto('copilot_items')
      .values({ session_id: sessionId, seq, kind, body: toJson(body), created_at: now })
      .execute();
    await this.db.updateTable('copilot_sessions').set({ updated_at: now }).where('id', '=', sessionId).execute();
    return { seq, kind, body, createdAt: now };
  }

  /** Adds a model call's tokens and cost to the session's totals. */
  /** Adds one model call, or the totals of several (a block the copilot ran on its own). */
  async addUsage(sessionId: string, usage: ModelUsage | UsageTotals): Promise<void> {
    const row = await this.db.selectFrom('copilot_sessions').select('usage').where('id', '=', sessionId).executeTakeFirst();
    if (!row) return;
    const total = addUsage(row.usage === null ? undefined : fromJson<UsageTotals>(row.usage), usage);
    await this.db
      .updateTable('copilot_sessions')
      .set({ usage: toJson(total) })
      .where('id', '=', sessionId)
      .execute();
  }
}
