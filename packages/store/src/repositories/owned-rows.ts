import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The tables whose rows belong to one workspace: a row is its by `workspace_id` and found by `id`. */
export type OwnedTable = { [T in keyof Database]: Database[T] extends { id: string; workspace_id: string | null } ? T : never }[keyof Database];

/** Deletes the row `id` of `table` only if it is the workspace's; false when it has none (so another workspace's id reads as missing). */
export async function deleteOwned(db: Kysely<Database>, table: OwnedTable, workspaceId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom(table).where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
