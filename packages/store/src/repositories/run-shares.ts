import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Owner } from '../owner.ts';
import type { Database, RunSharesTable } from '../schema.ts';

export interface RunShare {
  id: string;
  runId: string;
  /** The member who made the link. */
  createdBy: string;
  createdAt: number;
  /** When it stopped working; null while it works. */
  revokedAt: number | null;
}

const toShare = (row: RunSharesTable): RunShare => ({
  id: row.id,
  runId: row.run_id,
  createdBy: row.created_by,
  createdAt: Number(row.created_at),
  revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
});

/** Links to one run each, for people outside the workspace; only a hash of each link's secret is stored. */
export class RunSharesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(owner: Owner, runId: string, tokenHash: string): Promise<RunShare> {
    const row: RunSharesTable = {
      id: randomUUID(),
      token_hash: tokenHash,
      run_id: runId,
      workspace_id: owner.workspaceId,
      created_by: owner.userId,
      created_at: Date.now(),
      revoked_at: null,
    };
    await this.db.insertInto('run_shares').values(row).execute();
    return toShare(row);
  }

  /** A run's links, revoked ones too, oldest first. */
  async list(workspaceId: string, runId: string): Promise<RunShare[]> {
    const rows = await this.db
      .selectFrom('run_shares')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('run_id', '=', runId)
      .orderBy('created_at', 'asc')
      .orderBy('id')
      .execute();
    return rows.map(toShare);
  }

  /** Stops a link working (again is a no-op); false when the run has no such link. */
  async revoke(workspaceId: string, runId: string, id: string): Promise<boolean> {
    const share = await this.db
      .selectFrom('run_shares')
      .select('revoked_at')
      .where('id', '=', id)
      .where('run_id', '=', runId)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!share) return false;
    if (share.revoked_at === null) await this.db.updateTable('run_shares').set({ revoked_at: Date.now() }).where('id', '=', id).execute();
    return true;
  }

  /** The run a working link shows, and its workspace. */
  async sharedRun(tokenHash: string): Promise<{ runId: string; workspaceId: string } | undefined> {
    const row = await this.db
      .selectFrom('run_shares')
      .select(['run_id', 'workspace_id'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row && { runId: row.run_id, workspaceId: row.workspace_id };
  }
}
