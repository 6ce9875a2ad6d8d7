import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { deleteOwned } from './owned-rows.ts';

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** API keys for programs; only a hash of each key is stored. */
export class ApiKeysRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: string, input: { name: string; prefix: string; keyHash: string }): Promise<ApiKey> {
    const row = {
      id: randomUUID(),
      user_id: userId,
      name: input.name,
      prefix: input.prefix,
      key_hash: input.keyHash,
      created_at: Date.now(),
      last_used_at: null,
    };
    await this.db.insertInto('api_keys').values(row).execute();
    return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.created_at, lastUsedAt: null };
  }

  async list(userId: string): Promise<ApiKey[]> {
    const rows = await this.db.selectFrom('api_keys').selectAll().where('user_id', '=', userId).orderBy('created_at', 'asc').execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      createdAt: Number(r.created_at),
      lastUsedAt: r.last_used_at === null ? null : Number(r.last_used_at),
    }));
  }

  async delete(userId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'api_keys', userId, id);
  }

  /** The owner of a key, recording that it was used. */
  async userIdFor(keyHash: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('api_keys').select(['id', 'user_id']).where('key_hash', '=', keyHash).executeTakeFirst();
    if (!row) return undefined;
    await this.db.updateTable('api_keys').set({ last_used_at: Date.now() }).where('id', '=', row.id).execute();
    return row.user_id;
  }
}
