import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Owner } from '../owner.ts';
import type { Database } from '../schema.ts';

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  /** The workspace it works in: a key acts as its member there, with at most their role. */
  workspaceId: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** API keys for programs, each a member's in one workspace; only a hash of each key is stored. */
export class ApiKeysRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(owner: Owner, input: { name: string; prefix: string; keyHash: string }): Promise<ApiKey> {
    const row = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      name: input.name,
      prefix: input.prefix,
      key_hash: input.keyHash,
      created_at: Date.now(),
      last_used_at: null,
    };
    await this.db.insertInto('api_keys').values(row).execute();
    return { id: row.id, name: row.name, prefix: row.prefix, workspaceId: owner.workspaceId, createdAt: row.created_at, lastUsedAt: null };
  }

  /** A person's keys, in every workspace. */
  async list(userId: string): Promise<ApiKey[]> {
    const rows = await this.db.selectFrom('api_keys').selectAll().where('user_id', '=', userId).orderBy('created_at', 'asc').execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      workspaceId: r.workspace_id!,
      createdAt: Number(r.created_at),
      lastUsedAt: r.last_used_at === null ? null : Number(r.last_used_at),
    }));
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('api_keys').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The member a key acts as and the workspace it works in, recording that it was used. */
  async ownerFor(keyHash: string): Promise<Owner | undefined> {
    const row = await this.db.selectFrom('api_keys').select(['id', 'user_id', 'workspace_id']).where('key_hash', '=', keyHash).executeTakeFirst();
    if (!row) return undefined;
    await this.db.updateTable('api_keys').set({ last_used_at: Date.now() }).where('id', '=', row.id).execute();
    return { userId: row.user_id, workspaceId: row.workspace_id! };
  }
}
