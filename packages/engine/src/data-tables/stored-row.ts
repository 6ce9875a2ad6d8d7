import type { TableRow } from '@blocksmith/sdk';
import type { RowValues } from './row-values.ts';

/** A row as a table's storage keeps it: `position` is the order it was added in. */
export interface StoredRow {
  id: string;
  position: number;
  values: RowValues;
  createdAt: number;
  updatedAt: number;
}

/** A row as blocks and the API give it: its id and times beside its values. */
export const tableRow = (row: StoredRow): TableRow => ({
  ...row.values,
  id: row.id,
  created_at: new Date(row.createdAt).toISOString(),
  updated_at: new Date(row.updatedAt).toISOString(),
});
