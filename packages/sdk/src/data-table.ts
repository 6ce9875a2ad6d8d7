import { z } from 'zod';

/** What a data table's column holds; a value written to it is converted to this type or refused. */
export const columnType = z.enum(['text', 'number', 'boolean', 'date', 'json']);
export type ColumnType = z.infer<typeof columnType>;

/** A row's own fields, beside its columns: a column may not be named like them. */
export const ROW_FIELDS = ['id', 'created_at', 'updated_at'] as const;

export const columnName = z
  .string()
  .trim()
  .regex(/^[\p{L}_][\p{L}\p{N}_ .-]{0,63}$/u, 'must start with a letter or "_" and hold at most 64 letters, digits, spaces, "_", "-" or "."')
  .refine((name) => !(ROW_FIELDS as readonly string[]).includes(name), { message: `"id", "created_at" and "updated_at" are every row's own fields` });

export const dataColumn = z.object({ name: columnName, type: columnType });
export type DataColumn = z.infer<typeof dataColumn>;

export const conditionOp = z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains', 'starts_with', 'in', 'is_empty', 'is_not_empty']);

/** One test a row must pass: every condition of a query must hold (they are joined by AND). */
export const rowCondition = z
  .object({
    column: z.string().min(1).max(64).describe('A column, or "id".'),
    op: conditionOp
      .default('eq')
      .describe('eq, ne, gt, gte, lt, lte, contains and starts_with (text, ignoring case), in (value is a list), is_empty, is_not_empty.'),
    value: z.unknown().optional(),
  })
  .strict();
export type RowCondition = z.input<typeof rowCondition>;

export const rowSort = z.object({ column: z.string().min(1).max(64), direction: z.enum(['asc', 'desc']).default('asc') }).strict();
export type RowSort = z.input<typeof rowSort>;

/** A row as blocks and the API give it: its id and times beside its columns' values. */
export type TableRow = { id: string; created_at: string; updated_at: string } & Record<string, unknown>;

export interface RowQuery {
  where?: RowCondition[];
  sort?: RowSort[];
  limit?: number;
  offset?: number;
}

/**
 * The data tables of the run's workspace, by name or id: rows with typed columns that people edit
 * in the app and agents read and write. Values are converted to their column's type, or refused.
 */
export interface BlockTables {
  insert(table: string, rows: Record<string, unknown>[]): Promise<TableRow[]>;
  /** The rows that pass every condition, in the sort's order (else the order they were added), and how many pass. */
  query(table: string, query: RowQuery): Promise<{ rows: TableRow[]; total: number }>;
  /** Sets these values on every row that passes the conditions; gives how many, and the rows as changed (the first 10,000). */
  update(table: string, where: RowCondition[], set: Record<string, unknown>): Promise<{ rows: TableRow[]; count: number }>;
  /** Each row updates the row with the same values in the `keys` columns, or is added when there is none. */
  upsert(table: string, keys: string[], rows: Record<string, unknown>[]): Promise<{ inserted: TableRow[]; updated: TableRow[] }>;
  /** Removes every row that passes the conditions; gives how many. */
  delete(table: string, where: RowCondition[]): Promise<number>;
}
