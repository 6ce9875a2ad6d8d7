import type { DataColumn } from '@blocksmith/sdk';
import { jsonLargerThan, ownProperty } from '@blocksmith/sdk';
import { CellRefused, cellValue } from './cell-value.ts';

/** The most a row's values take, as JSON: a table is for records, files go to the file store. */
export const MAX_ROW_BYTES = 64 * 1024;

/** A row's values by column name; what is stored for each row. */
export type RowValues = Record<string, unknown>;

const ROW_KEYS = new Set(['id', 'created_at', 'updated_at']);

/**
 * `values` as a row of these columns keeps them: each converted to its column's type, a column left out
 * empty (null) — or, with `partial`, left as it was. A name that is no column is refused, naming the
 * columns there are; the row's own `id` and times are ignored, so a row read from a table can be written back.
 */
export function rowValues(table: string, columns: readonly DataColumn[], values: Record<string, unknown>, partial = false): RowValues {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new CellRefused(`A row of table "${table}" is an object of values by column name, not ${Array.isArray(values) ? 'a list' : typeof values}.`);
  }
  const unknown = Object.keys(values).filter((name) => !ROW_KEYS.has(name) && !columns.some((c) => c.name === name));
  if (unknown.length) {
    throw new CellRefused(
      `Table "${table}" has no column ${unknown.map((n) => `"${n}"`).join(', ')}; its columns are ${columns.map((c) => `"${c.name}"`).join(', ') || 'none yet'}.`,
    );
  }
  // Built from entries, so a column named "__proto__" holds a value like any other.
  const row: RowValues = Object.fromEntries(
    columns.filter((c) => !partial || Object.hasOwn(values, c.name)).map((c) => [c.name, cellValue(c, ownProperty(values, c.name))]),
  );
  return checkRowSize(table, row);
}

/** A row's values as they will be kept, refused when they take more than MAX_ROW_BYTES (a change merged into a row can grow it). */
export function checkRowSize(table: string, row: RowValues): RowValues {
  if (jsonLargerThan(row, MAX_ROW_BYTES)) {
    throw new CellRefused(`A row of table "${table}" takes more than ${MAX_ROW_BYTES / 1024} KB; keep large content in files and store their ids.`);
  }
  return row;
}
