import type { DataTableColumn, TableQuery } from '../api/types.ts';

type Condition = NonNullable<TableQuery['where']>[number];
export type SortState = { column: string; direction: 'asc' | 'desc' } | undefined;

/** Rows the grid shows at once. */
export const GRID_PAGE = 50;

/** A header click: sorted ascending, then descending, then not at all; another column starts ascending. */
export function nextSort(sort: SortState, column: string): SortState {
  if (sort?.column !== column) return { column, direction: 'asc' };
  return sort.direction === 'asc' ? { column, direction: 'desc' } : undefined;
}

const OPERATORS: [string, Condition['op']][] = [
  ['>=', 'gte'],
  ['<=', 'lte'],
  ['!=', 'ne'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['=', 'eq'],
];

/**
 * What a column's filter box means: text and JSON cells that contain it (or equal it, after "="); numbers
 * and dates compared by a leading operator (">= 10", "< 2026-01-01", "!= 3") or equal; booleans equal.
 * An empty box filters nothing.
 */
export function filterCondition(column: DataTableColumn, text: string): Condition | undefined {
  const typed = text.trim();
  if (typed === '') return undefined;
  const [prefix, op] = OPERATORS.find(([p]) => typed.startsWith(p)) ?? ['', undefined];
  const value = typed.slice(prefix.length).trim();
  if (column.type === 'text' || column.type === 'json') return op ? { column: column.name, op, value } : { column: column.name, op: 'contains', value: typed };
  if (column.type === 'boolean') return { column: column.name, op: 'eq', value: value };
  return { column: column.name, op: op ?? 'eq', value };
}

/** The query for the grid's state: every filled filter, the sort, the page. */
export function gridQuery(columns: readonly DataTableColumn[], filters: Readonly<Record<string, string>>, sort: SortState, page: number): TableQuery {
  const where = columns.flatMap((column) => {
    const condition = filterCondition(column, filters[column.name] ?? '');
    return condition ? [condition] : [];
  });
  return { where, sort: sort ? [sort] : [], limit: GRID_PAGE, offset: page * GRID_PAGE };
}

/** A cell as the grid shows it and its editor starts from: JSON as JSON, dates as given, empty as nothing. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What an edited cell sends: a JSON column's text read as JSON when it is; the server converts the rest to the column's type. */
export function editedValue(column: DataTableColumn, text: string): unknown {
  if (text === '') return null;
  if (column.type !== 'json') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
