import type { Owner } from '../owner.ts';
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

  async create(owner: Owner, input: { name: string; kind: string; encryptedSecret: string }): Promise<CredentialInfo> {
    const now = Date.now();
    const row: CredentialsTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      name: input.name,
      kind: input.kind,
      secret: input.encryptedSecret,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('credentials').values(row).execute();
    return toInfo(row);
  }

  async list(workspaceId: string): Promise<CredentialInfo[]> {
    const rows = await this.db.selectFrom('credentials').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
    return rows.map(toInfo);
  }

  async rename(workspaceId: string, id: string, name: string): Promise<CredentialInfo | undefined> {
    const updated = await this.db
      .updateTable('credentials')
      .set({ name, updated_at: Date.now() })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return undefined;
    const row = await this.db.selectFrom('credentials').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return toInfo(row);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'credentials', workspaceId, id);
  }

  /** The ciphertext, name and kind of one of a user's credentials, for the vault to decrypt. */
  async encrypted(workspaceId: string, id: string): Promise<{ name: string; kind: string; encryptedSecret: string } | undefined> {
    const row = await this.db
      .selectFrom('credentials')
      .select(['name', 'kind', 'secret'])
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return row && { name: row.name, kind: row.kind, encryptedSecret: row.secret };
  }

  /** Stores a new secret for a credential (a renewed OAuth2 token); its name and kind stay. */
  async replaceSecret(workspaceId: string, id: string, encryptedSecret: string): Promise<void> {
    await this.db
      .updateTable('credentials')
      .set({ secret: encryptedSecret, updated_at: Date.now() })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .execute();
  }
}
