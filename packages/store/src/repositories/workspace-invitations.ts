import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Database, WorkspaceInvitationsTable } from '../schema.ts';
import type { WorkspaceRole } from './workspaces.ts';

export interface Invitation {
  id: string;
  workspaceId: string;
  role: WorkspaceRole;
  email?: string;
  createdBy?: string;
  createdAt: number;
  expiresAt: number;
}

const toInvitation = (row: WorkspaceInvitationsTable): Invitation => ({
  id: row.id,
  workspaceId: row.workspace_id,
  role: row.role as WorkspaceRole,
  ...(row.email !== null ? { email: row.email } : {}),
  ...(row.created_by !== null ? { createdBy: row.created_by } : {}),
  createdAt: Number(row.created_at),
  expiresAt: Number(row.expires_at),
});

/** Why a link did not make its holder a member. */
export type InvitationRefusal = 'unknown' | 'used' | 'expired' | 'other_email';

/** Invitations to a workspace by link: each works once, until it expires or is revoked. Only the token's hash is kept. */
export class WorkspaceInvitationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: {
    workspaceId: string;
    role: WorkspaceRole;
    tokenHash: string;
    email?: string | undefined;
    createdBy: string;
    expiresAt: number;
  }): Promise<Invitation> {
    const row: WorkspaceInvitationsTable = {
      id: randomUUID(),
      workspace_id: input.workspaceId,
      token_hash: input.tokenHash,
      role: input.role,
      email: input.email?.trim().toLowerCase() ?? null,
      created_by: input.createdBy,
      created_at: Date.now(),
      expires_at: input.expiresAt,
      accepted_by: null,
      ended_at: null,
    };
    await this.db.insertInto('workspace_invitations').values(row).execute();
    return toInvitation(row);
  }

  /** The invitations of a workspace still open (not accepted, revoked or expired), newest first. */
  async open(workspaceId: string, now: number): Promise<Invitation[]> {
    const rows = await this.db
      .selectFrom('workspace_invitations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ended_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toInvitation);
  }

  /** Ends an open invitation of the workspace; false when it has no such invitation open. */
  async revoke(workspaceId: string, id: string, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('workspace_invitations')
      .set({ ended_at: now })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The invitation a link's token opens, while it is open; else why not. */
  async find(tokenHash: string, now: number): Promise<Invitation | Exclude<InvitationRefusal, 'other_email'>> {
    const row = await this.db.selectFrom('workspace_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    if (!row) return 'unknown';
    if (row.ended_at !== null) return 'used';
    if (Number(row.expires_at) <= now) return 'expired';
    return toInvitation(row);
  }

  /**
   * Takes the invitation with this token for `user`, once: the caller then makes them a member with its
   * role. An invitation for an email is only for the account with that email.
   */
  async accept(tokenHash: string, user: { id: string; email: string }, now: number): Promise<Invitation | InvitationRefusal> {
    const found = await this.find(tokenHash, now);
    if (typeof found === 'string') return found;
    if (found.email !== undefined && found.email !== user.email.toLowerCase()) return 'other_email';
    const taken = await this.db
      .updateTable('workspace_invitations')
      .set({ ended_at: now, accepted_by: user.id })
      .where('id', '=', found.id)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1 ? found : 'used';
  }
}
