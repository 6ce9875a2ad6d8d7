import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The tables whose rows belong to one user: a row is theirs by `user_id` and found by `id`. */
export type OwnedTable = { [T in keyof Database]: Database[T] extends { id: string; user_id: string | null } ? T : never }[keyof Database];

/** Deletes the row `id` of `table` only if it is `userId`'s; false when there was none of theirs (so another user's id reads as missing). */
export async function deleteOwned(db: Kysely<Database>, table: OwnedTable, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom(table).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
