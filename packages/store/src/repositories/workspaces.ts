import type { Kysely, Transaction } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Database } from '../schema.ts';
import type { LookupCaches } from '../lookup-caches.ts';

/** What a member may do in a workspace, from most to least (docs/teams.md has the table). */
export const WORKSPACE_ROLES = ['owner', 'admin', 'editor', 'runner', 'viewer'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

export interface Workspace {
  id: string;
  name: string;
  /** A person's own workspace: its id is theirs, it has no other member and cannot be deleted. */
  personal: boolean;
  createdAt: number;
}

/** A workspace as one of its members sees it: with their role. */
export interface MemberWorkspace extends Workspace {
  role: WorkspaceRole;
}

export interface Member {
  userId: string;
  email: string;
  role: WorkspaceRole;
  createdAt: number;
}

const toWorkspace = (row: { id: string; name: string; personal_user_id: string | null; created_at: number }): Workspace => ({
  id: row.id,
  name: row.name,
  personal: row.personal_user_id !== null,
  createdAt: Number(row.created_at),
});

/** Workspaces and their members. */
export class WorkspacesRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly lookups: LookupCaches,
  ) {}

  /** The personal workspace of a user just created, in the same transaction: its id is the user's. */
  static async createPersonal(tx: Transaction<Database>, userId: string, now: number): Promise<void> {
    await tx.insertInto('workspaces').values({ id: userId, name: 'Personal', personal_user_id: userId, created_at: now }).execute();
    await tx.insertInto('workspace_members').values({ workspace_id: userId, user_id: userId, role: 'owner', created_at: now }).execute();
  }

  /** A shared workspace, with its creator as owner. */
  async create(userId: string, name: string): Promise<MemberWorkspace> {
    const row = { id: randomUUID(), name, personal_user_id: null, created_at: Date.now() };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('workspaces').values(row).execute();
      await tx.insertInto('workspace_members').values({ workspace_id: row.id, user_id: userId, role: 'owner', created_at: row.created_at }).execute();
    });
    return { ...toWorkspace(row), role: 'owner' };
  }

  /** The workspaces a user is a member of, their personal one first. */
  async listFor(userId: string): Promise<MemberWorkspace[]> {
    const rows = await this.db
      .selectFrom('workspace_members as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .select(['w.id', 'w.name', 'w.personal_user_id', 'w.created_at', 'm.role'])
      .where('m.user_id', '=', userId)
      .orderBy('w.created_at')
      .execute();
    const workspaces = rows.map((row) => ({ ...toWorkspace(row), role: row.role as WorkspaceRole }));
    return workspaces.sort((a, b) => Number(b.personal) - Number(a.personal));
  }

  async get(workspaceId: string): Promise<Workspace | undefined> {
    const row = await this.db.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst();
    return row && toWorkspace(row);
  }

  /** A user's role in a workspace; undefined when they are not a member. */
  async roleOf(workspaceId: string, userId: string): Promise<WorkspaceRole | undefined> {
    const row = await this.db
      .selectFrom('workspace_members')
      .select('role')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.role as WorkspaceRole | undefined;
  }

  async rename(workspaceId: string, name: string): Promise<void> {
    await this.db.updateTable('workspaces').set({ name }).where('id', '=', workspaceId).execute();
  }

  /** Deletes a shared workspace with everything in it (its webhooks and graphs, whose lookups are cached, too); false for a personal one or an unknown id. */
  async delete(workspaceId: string): Promise<boolean> {
    return this.lookups.writing(async () => {
      const result = await this.db.deleteFrom('workspaces').where('id', '=', workspaceId).where('personal_user_id', 'is', null).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  async members(workspaceId: string): Promise<Member[]> {
    const rows = await this.db
      .selectFrom('workspace_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'u.email', 'm.role', 'm.created_at'])
      .where('m.workspace_id', '=', workspaceId)
      .orderBy('m.created_at')
      .execute();
    return rows.map((row) => ({ userId: row.user_id, email: row.email, role: row.role as WorkspaceRole, createdAt: Number(row.created_at) }));
  }

  /** Adds a member, or changes the role of one already there. */
  async addMember(workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
    await this.db
      .insertInto('workspace_members')
      .values({ workspace_id: workspaceId, user_id: userId, role, created_at: Date.now() })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role }))
      .execute();
  }

  /** False when they are not a member. */
  async setRole(workspaceId: string, userId: string, role: WorkspaceRole): Promise<boolean> {
    const result = await this.db
      .updateTable('workspace_members')
      .set({ role })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Removes a member and the API keys they made for the workspace; false when they were not one. */
  async removeMember(workspaceId: string, userId: string): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx.deleteFrom('workspace_members').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
      await tx.deleteFrom('api_keys').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
      return Number(result.numDeletedRows) > 0;
    });
  }

  async countOwners(workspaceId: string): Promise<number> {
    const row = await this.db
      .selectFrom('workspace_members')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'owner')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
