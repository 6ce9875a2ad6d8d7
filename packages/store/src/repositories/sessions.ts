import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Browser sessions, keyed by the hash of their cookie token. */
export class SessionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(tokenHash: string, userId: string, ttlMs: number): Promise<void> {
    const now = Date.now();
    await this.db
      .insertInto('sessions')
      .values({ id: tokenHash, user_id: userId, created_at: now, expires_at: now + ttlMs })
      .execute();
  }

  /** The user id of a live session, or undefined when unknown or expired. */
  async userIdFor(tokenHash: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('sessions').select(['user_id', 'expires_at']).where('id', '=', tokenHash).executeTakeFirst();
    if (!row || Number(row.expires_at) < Date.now()) return undefined;
    return row.user_id;
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', tokenHash).execute();
  }

  /** Signs the user out everywhere but the session kept (a changed password ends every other session). */
  async deleteAllOf(userId: string, keptTokenHash: string | undefined): Promise<void> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keptTokenHash !== undefined) query = query.where('id', '!=', keptTokenHash);
    await query.execute();
  }

  async deleteExpired(): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('expires_at', '<', Date.now()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
