import type { ColumnType, DataColumn } from '@blocksmith/sdk';
import { Refusal } from '../platform/refusal.ts';
import { readCsvTable } from '../util/csv-table.ts';

const invalid = (message: string) => new Refusal('invalid', 'invalid_csv', message);

const looksLike: [ColumnType, RegExp][] = [
  ['number', /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i],
  ['boolean', /^(true|false)$/i],
  ['date', /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/],
];

/** A cell as the value written to its column: empty is empty, a JSON column's cell is read as JSON when it is. */
function cellOf(cell: string, type: ColumnType | undefined): unknown {
  if (cell === '') return null;
  if (type !== 'json') return cell;
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}

/** A CSV's rows as values by column name, for a table with these columns (a header naming no column is refused when the rows are written). */
export function csvRows(text: string, columns: readonly DataColumn[]): Record<string, unknown>[] {
  const { header, rows } = readCsvTable(text, invalid);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, cellOf(row[i] ?? '', columns.find((c) => c.name === name)?.type)])));
}

/** Columns for a new table from a CSV: named by its header, each typed by what all its filled cells look like (number, true/false, date), else text. */
export function csvColumns(text: string): DataColumn[] {
  const { header, rows } = readCsvTable(text, invalid);
  return header.map((name, i) => {
    const filled = rows.map((row) => (row[i] ?? '').trim()).filter((cell) => cell !== '');
    const type = looksLike.find(([, pattern]) => filled.length > 0 && filled.every((cell) => pattern.test(cell)))?.[0] ?? 'text';
    return { name, type };
  });
}
