import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UsersTable } from '../schema.ts';
import { WorkspacesRepository } from './workspaces.ts';

export interface User {
  id: string;
  email: string;
  isOwner: boolean;
  createdAt: number;
}

export interface UserWithPassword extends User {
  passwordHash: string;
}

const toUser = (row: UsersTable): UserWithPassword => ({
  id: row.id,
  email: row.email,
  isOwner: row.is_owner === 1,
  createdAt: Number(row.created_at),
  passwordHash: row.password_hash,
});

export class UsersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Creates a user with their personal workspace; the first one may be the owner. Emails are stored lower-cased. */
  async create(input: { email: string; passwordHash: string; isOwner: boolean }): Promise<User> {
    const row: UsersTable = {
      id: randomUUID(),
      email: input.email.trim().toLowerCase(),
      password_hash: input.passwordHash,
      is_owner: input.isOwner ? 1 : 0,
      created_at: Date.now(),
      budget: null,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('users').values(row).execute();
      await WorkspacesRepository.createPersonal(tx, row.id, row.created_at);
    });
    const { passwordHash: _hidden, ...user } = toUser(row);
    return user;
  }

  async findByEmail(email: string): Promise<UserWithPassword | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    return row && toUser(row);
  }

  async findById(id: string): Promise<User | undefined> {
    const found = await this.findWithPasswordById(id);
    if (!found) return undefined;
    const { passwordHash: _hidden, ...user } = found;
    return user;
  }

  async findWithPasswordById(id: string): Promise<UserWithPassword | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  /** Every account with the workspaces it is a member of (its personal one first), oldest first: what the operator sees. */
  async listWithWorkspaces(): Promise<(User & { workspaces: { id: string; name: string; personal: boolean; role: string }[] })[]> {
    const [users, memberships] = await Promise.all([
      this.db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute(),
      this.db
        .selectFrom('workspace_members as m')
        .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
        .select(['m.user_id', 'w.id', 'w.name', 'w.personal_user_id', 'm.role'])
        .orderBy('w.created_at')
        .execute(),
    ]);
    return users.map((row) => {
      const { passwordHash: _hidden, ...user } = toUser(row);
      const workspaces = memberships
        .filter((m) => m.user_id === row.id)
        .map((m) => ({ id: m.id, name: m.name, personal: m.personal_user_id !== null, role: m.role }))
        .sort((a, b) => Number(b.personal) - Number(a.personal));
      return { ...user, workspaces };
    });
  }

  /** Changes what the user signs in with; the email is stored lower-cased, like at sign-up. */
  async update(id: string, change: { email?: string; passwordHash?: string }): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        ...(change.email !== undefined ? { email: change.email.trim().toLowerCase() } : {}),
        ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
      })
      .where('id', '=', id)
      .execute();
  }
}
