import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { CredentialsTable, Database } from '../schema.ts';
import { deleteOwned } from './owned-rows.ts';

/** What may be shown about a credential: never its secret. */
export interface CredentialInfo {
  id: string;
  name: string;
  kind: string;
  createdAt: number;
  updatedAt: number;
}

const toInfo = (row: CredentialsTable): CredentialInfo => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

/** Credentials per user; the secret column is ciphertext the server encrypts and decrypts. */
export class CredentialsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: string, input: { name: string; kind: string; encryptedSecret: string }): Promise<CredentialInfo> {
    const now = Date.now();
    const row: CredentialsTable = {
      id: randomUUID(),
      user_id: userId,
      name: input.name,
      kind: input.kind,
      secret: input.encryptedSecret,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('credentials').values(row).execute();
    return toInfo(row);
  }

  async list(userId: string): Promise<CredentialInfo[]> {
    const rows = await this.db.selectFrom('credentials').selectAll().where('user_id', '=', userId).orderBy('name').execute();
    return rows.map(toInfo);
  }

  async rename(userId: string, id: string, name: string): Promise<CredentialInfo | undefined> {
    const updated = await this.db
      .updateTable('credentials')
      .set({ name, updated_at: Date.now() })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return undefined;
    const row = await this.db.selectFrom('credentials').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return toInfo(row);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'credentials', userId, id);
  }

  /** The ciphertext, name and kind of one of a user's credentials, for the vault to decrypt. */
  async encrypted(userId: string, id: string): Promise<{ name: string; kind: string; encryptedSecret: string } | undefined> {
    const row = await this.db
      .selectFrom('credentials')
      .select(['name', 'kind', 'secret'])
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row && { name: row.name, kind: row.kind, encryptedSecret: row.secret };
  }

  /** Stores a new secret for a credential (a renewed OAuth2 token); its name and kind stay. */
  async replaceSecret(userId: string, id: string, encryptedSecret: string): Promise<void> {
    await this.db
      .updateTable('credentials')
      .set({ secret: encryptedSecret, updated_at: Date.now() })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .execute();
  }
}
