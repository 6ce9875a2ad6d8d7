import { timeOrderedId } from '@blocksmith/engine';
import type { Kysely } from 'kysely';
import type { Owner } from '../owner.ts';
import type { Database } from '../schema.ts';

export interface CopilotMemory {
  id: string;
  text: string;
  createdAt: number;
}

/** What the copilot remembers about one member in one workspace: every read and write is scoped to both. */
export class CopilotMemoriesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(owner: Owner, text: string): Promise<CopilotMemory> {
    const row = { id: timeOrderedId(), workspace_id: owner.workspaceId, user_id: owner.userId, text, created_at: Date.now() };
    await this.db.insertInto('copilot_memories').values(row).execute();
    return { id: row.id, text, createdAt: row.created_at };
  }

  /** Newest first, at most `limit`. */
  async list(owner: Owner, limit: number): Promise<CopilotMemory[]> {
    const rows = await this.db
      .selectFrom('copilot_memories')
      .select(['id', 'text', 'created_at'])
      .where('workspace_id', '=', owner.workspaceId)
      .where('user_id', '=', owner.userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ id: row.id, text: row.text, createdAt: Number(row.created_at) }));
  }

  async count(owner: Owner): Promise<number> {
    const row = await this.db
      .selectFrom('copilot_memories')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('workspace_id', '=', owner.workspaceId)
      .where('user_id', '=', owner.userId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** False when the member has no such memory here. */
  async delete(owner: Owner, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('copilot_memories')
      .where('id', '=', id)
      .where('workspace_id', '=', owner.workspaceId)
      .where('user_id', '=', owner.userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
