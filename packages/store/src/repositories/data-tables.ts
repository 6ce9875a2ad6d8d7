import {
  DataTableNameTaken,
  type DataTableFields,
  type DataTableInfo,
  type DataTableStorage,
  type RowValues,
  type StoredRow,
  type TableRowsAccess,
} from '@blocksmith/engine';
import type { Kysely, Transaction } from 'kysely';
import { randomUUID } from 'node:crypto';
import { fromJson, toJson } from '../json-column.ts';
import type { Database, DataTableRowsTable, DataTablesTable } from '../schema.ts';
import { isUniqueViolation } from '../unique-violation.ts';
import { insertInChunks } from './insert-in-chunks.ts';
import { deleteOwned } from './owned-rows.ts';

/** Rows read per statement while scanning a table: a page, not the table, is in memory at once. */
const SCAN_PAGE = 500;
/** Ids per statement of an update or delete by id. */
const IDS_PER_STATEMENT = 500;

const toInfo = (row: DataTablesTable, rows: number): DataTableInfo => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  description: row.description,
  columns: fromJson(row.columns),
  rows,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

const toRow = (row: DataTableRowsTable): StoredRow => ({
  id: row.id,
  position: Number(row.position),
  values: fromJson(row.data),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

const workspace = (workspaceId: string | undefined): string => {
  if (workspaceId === undefined) throw new Error('Data tables are kept per workspace; this run has none.');
  return workspaceId;
};

/** Data tables in the database, per workspace; their rows' logic (types, conditions) is the engine's `DataTables`. */
export class DataTablesRepository implements DataTableStorage {
  constructor(private readonly db: Kysely<Database>) {}

  async create(owner: { workspaceId: string | undefined; userId?: string | undefined }, fields: DataTableFields): Promise<DataTableInfo> {
    const now = Date.now();
    const row: DataTablesTable = {
      id: randomUUID(),
      workspace_id: workspace(owner.workspaceId),
      user_id: owner.userId ?? null,
      name: fields.name,
      description: fields.description,
      columns: toJson(fields.columns),
      next_position: 0,
      created_at: now,
      updated_at: now,
    };
    await this.db
      .insertInto('data_tables')
      .values(row)
      .execute()
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new DataTableNameTaken(fields.name) : error;
      });
    return toInfo(row, 0);
  }

  async list(workspaceId: string | undefined): Promise<DataTableInfo[]> {
    const tables = await this.db.selectFrom('data_tables').selectAll().where('workspace_id', '=', workspace(workspaceId)).orderBy('name').execute();
    const counts = new Map(
      (
        await this.db
          .selectFrom('data_table_rows')
          .innerJoin('data_tables', 'data_tables.id', 'data_table_rows.table_id')
          .select(['data_table_rows.table_id as id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('data_tables.workspace_id', '=', workspace(workspaceId))
          .groupBy('data_table_rows.table_id')
          .execute()
      ).map((r) => [r.id, Number(r.n)]),
    );
    return tables.map((t) => toInfo(t, counts.get(t.id) ?? 0));
  }

  async find(workspaceId: string | undefined, idOrName: string): Promise<DataTableInfo | undefined> {
    const scoped = this.db.selectFrom('data_tables').selectAll().where('workspace_id', '=', workspace(workspaceId));
    const row = (await scoped.where('id', '=', idOrName).executeTakeFirst()) ?? (await scoped.where('name', '=', idOrName).executeTakeFirst());
    return row && toInfo(row, await this.count(this.db, row.id));
  }

  async delete(workspaceId: string | undefined, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'data_tables', workspace(workspaceId), id);
  }

  async withRows<T>(tableId: string, write: boolean, work: (rows: TableRowsAccess) => Promise<T>): Promise<T> {
    // A read scans page by page outside a transaction: SQLite would hold every other statement of the process while it ran.
    if (!write) return work(this.rowsOf(this.db, tableId));
    return this.db.transaction().execute(async (tx) => {
      // Taking the table's row first makes writers of one table take turns (PostgreSQL locks it; SQLite has one writer).
      await tx.updateTable('data_tables').set({ updated_at: Date.now() }).where('id', '=', tableId).execute();
      return work(this.rowsOf(tx, tableId));
    });
  }

  private rowsOf(db: Kysely<Database> | Transaction<Database>, tableId: string): TableRowsAccess {
    return {
      async *scan() {
        let after = -1;
        for (;;) {
          const page = await db
            .selectFrom('data_table_rows')
            .selectAll()
            .where('table_id', '=', tableId)
            .where('position', '>', after)
            .orderBy('position')
            .limit(SCAN_PAGE)
            .execute();
          if (page.length === 0) return;
          yield page.map(toRow);
          if (page.length < SCAN_PAGE) return;
          after = Number(page[page.length - 1]!.position);
        }
      },
      count: () => this.count(db, tableId),
      insert: async (rows: readonly RowValues[], now: number) => {
        if (rows.length === 0) return [];
        const { next_position } = await db.selectFrom('data_tables').select('next_position').where('id', '=', tableId).executeTakeFirstOrThrow();
        const first = Number(next_position);
        const added: DataTableRowsTable[] = rows.map((values, i) => ({
          id: randomUUID(),
          table_id: tableId,
          position: first + i,
          data: toJson(values),
          created_at: now,
          updated_at: now,
        }));
        await db
          .updateTable('data_tables')
          .set({ next_position: first + rows.length })
          .where('id', '=', tableId)
          .execute();
        await insertInChunks(db, 'data_table_rows', added);
        return added.map(toRow);
      },
      update: async (rows, now) => {
        for (const { id, values } of rows) {
          await db
            .updateTable('data_table_rows')
            .set({ data: toJson(values), updated_at: now })
            .where('id', '=', id)
            .where('table_id', '=', tableId)
            .execute();
        }
      },
      changeTable: async (change) => {
        if (change.name === undefined && change.description === undefined && change.columns === undefined) return;
        await db
          .updateTable('data_tables')
          .set({
            ...(change.name !== undefined ? { name: change.name } : {}),
            ...(change.description !== undefined ? { description: change.description } : {}),
            ...(change.columns !== undefined ? { columns: toJson(change.columns) } : {}),
          })
          .where('id', '=', tableId)
          .execute()
          .catch((error: unknown) => {
            throw isUniqueViolation(error) && change.name !== undefined ? new DataTableNameTaken(change.name) : error;
          });
      },
      delete: async (ids) => {
        for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
          await db
            .deleteFrom('data_table_rows')
            .where('table_id', '=', tableId)
            .where('id', 'in', ids.slice(i, i + IDS_PER_STATEMENT))
            .execute();
        }
      },
    };
  }

  private async count(db: Kysely<Database>, tableId: string): Promise<number> {
    const { n } = await db
      .selectFrom('data_table_rows')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('table_id', '=', tableId)
      .executeTakeFirstOrThrow();
    return Number(n);
  }
}
