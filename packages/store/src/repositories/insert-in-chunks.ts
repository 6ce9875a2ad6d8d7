import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Rows per statement: each statement stays under the databases' limits on bound parameters. */
const ROWS_PER_INSERT = 100;

/** Inserts many rows of a table in statements of a bounded size (inside the caller's transaction, when given one). */
export async function insertInChunks<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
}
