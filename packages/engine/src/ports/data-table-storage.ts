import type { DataColumn } from '@blocksmith/sdk';
import type { RowValues } from '../data-tables/row-values.ts';
import type { StoredRow } from '../data-tables/stored-row.ts';

/** A data table: its typed columns and how many rows it holds. */
export interface DataTableInfo {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  columns: DataColumn[];
  rows: number;
  createdAt: number;
  updatedAt: number;
}

export type DataTableFields = Pick<DataTableInfo, 'name' | 'description' | 'columns'>;

/** One table's rows inside one transaction: what a read or a write of rows sees and changes. */
export interface TableRowsAccess {
  /** Every row in the order they were added, a page at a time (the table may be larger than memory should hold at once). */
  scan(): AsyncIterable<StoredRow[]>;
  count(): Promise<number>;
  insert(rows: readonly RowValues[], now: number): Promise<StoredRow[]>;
  update(rows: readonly { id: string; values: RowValues }[], now: number): Promise<void>;
  delete(ids: readonly string[]): Promise<void>;
  /** Changes the table's name, description or columns (the rows are made to fit by the caller, in the same transaction). */
  changeTable(change: Partial<DataTableFields>): Promise<void>;
}

/** Where data tables are kept: the platform's database, or this process (the CLI, tests); `workspaceId` undefined is a run of no workspace's (the CLI). */
export interface DataTableStorage {
  create(owner: { workspaceId: string | undefined; userId?: string | undefined }, fields: DataTableFields): Promise<DataTableInfo>;
  list(workspaceId: string | undefined): Promise<DataTableInfo[]>;
  /** The workspace's table with this id, or else this name. */
  find(workspaceId: string | undefined, idOrName: string): Promise<DataTableInfo | undefined>;
  delete(workspaceId: string | undefined, id: string): Promise<boolean>;
  /**
   * Runs `work` on the table's rows in one transaction; `write` makes the writers of one table take
   * turns (an upsert's look for its key and its insert are not split by another's).
   */
  withRows<T>(tableId: string, write: boolean, work: (rows: TableRowsAccess) => Promise<T>): Promise<T>;
}

/** A table of this name already exists in the workspace. */
export class DataTableNameTaken extends Error {
  constructor(readonly tableName: string) {
    super(`A data table named "${tableName}" already exists in this workspace; pick another name.`);
  }
}
