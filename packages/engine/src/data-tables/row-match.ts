import { rowCondition, rowSort, type DataColumn, type RowCondition, type RowSort } from '@blocksmith/sdk';
import { CellRefused, cellValue } from './cell-value.ts';
import type { StoredRow } from './stored-row.ts';

/** A row's own fields as columns a condition or a sort may name. */
const OWN_FIELDS: readonly DataColumn[] = [
  { name: 'id', type: 'text' },
  { name: 'created_at', type: 'date' },
  { name: 'updated_at', type: 'date' },
];

const fieldOf = (row: StoredRow, name: string): unknown =>
  name === 'id'
    ? row.id
    : name === 'created_at'
      ? new Date(row.createdAt).toISOString()
      : name === 'updated_at'
        ? new Date(row.updatedAt).toISOString()
        : Object.hasOwn(row.values, name)
          ? row.values[name]
          : null;

function columnNamed(table: string, columns: readonly DataColumn[], name: string): DataColumn {
  const column = columns.find((c) => c.name === name) ?? OWN_FIELDS.find((c) => c.name === name);
  if (!column)
    throw new CellRefused(
      `Table "${table}" has no column "${name}"; its columns are ${columns.map((c) => `"${c.name}"`).join(', ') || 'none yet'} (and every row's "id").`,
    );
  return column;
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Orders two cells of one column: numbers and booleans by value, dates and text as text (dates are ISO 8601, so in time order); empty cells last. */
function compareCells(a: unknown, b: unknown): number {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? 0 : isEmpty(a) ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const [x, y] = [typeof a === 'string' ? a : JSON.stringify(a), typeof b === 'string' ? b : JSON.stringify(b)];
  return collator.compare(x, y);
}

const sameCell = (a: unknown, b: unknown): boolean =>
  (isEmpty(a) && isEmpty(b)) || (typeof a === 'object' && a !== null ? JSON.stringify(a) === JSON.stringify(b) : a === b);

/** A test of one row, from a query's conditions (all must hold); a condition's value is read as its column's type, so "5" finds 5. */
export function rowMatcher(table: string, columns: readonly DataColumn[], conditions: readonly RowCondition[]): (row: StoredRow) => boolean {
  const tests = conditions.map((given) => {
    const { column: name, op, value } = rowCondition.parse(given);
    const column = columnNamed(table, columns, name);
    const cell = (v: unknown) => (column.type === 'json' || (column.type === 'text' && typeof v === 'string') ? v : cellValue(column, v));
    if (op === 'is_empty' || op === 'is_not_empty') return (row: StoredRow) => isEmpty(fieldOf(row, name)) === (op === 'is_empty');
    if (op === 'in') {
      if (!Array.isArray(value)) throw new CellRefused(`The condition on "${name}" with "in" takes a list of values, e.g. ["open", "waiting"].`);
      const options = value.map(cell);
      return (row: StoredRow) => options.some((o) => sameCell(fieldOf(row, name), o));
    }
    if (op === 'contains' || op === 'starts_with') {
      const needle = String(value ?? '').toLocaleLowerCase();
      return (row: StoredRow) => {
        const found = fieldOf(row, name);
        if (isEmpty(found)) return false;
        const text = (typeof found === 'string' ? found : JSON.stringify(found)).toLocaleLowerCase();
        return op === 'contains' ? text.includes(needle) : text.startsWith(needle);
      };
    }
    const wanted = cell(value);
    if (op === 'eq') return (row: StoredRow) => sameCell(fieldOf(row, name), wanted);
    if (op === 'ne') return (row: StoredRow) => !sameCell(fieldOf(row, name), wanted);
    if (isEmpty(wanted)) throw new CellRefused(`The condition on "${name}" with "${op}" needs a value to compare with.`);
    return (row: StoredRow) => {
      const found = fieldOf(row, name);
      if (isEmpty(found)) return false;
      const order = compareCells(found, wanted);
      return op === 'gt' ? order > 0 : op === 'gte' ? order >= 0 : op === 'lt' ? order < 0 : order <= 0;
    };
  });
  return (row) => tests.every((test) => test(row));
}

/** Orders rows by the sorts in turn, then by the order they were added. */
export function rowOrder(table: string, columns: readonly DataColumn[], sorts: readonly RowSort[]): (a: StoredRow, b: StoredRow) => number {
  const keys = sorts.map((given) => {
    const { column, direction } = rowSort.parse(given);
    columnNamed(table, columns, column);
    return { column, sign: direction === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { column, sign } of keys) {
      const [x, y] = [fieldOf(a, column), fieldOf(b, column)];
      // Empty cells stay last in either direction.
      const order = isEmpty(x) || isEmpty(y) ? compareCells(x, y) : sign * compareCells(x, y);
      if (order !== 0) return order;
    }
    return a.position - b.position;
  };
}
