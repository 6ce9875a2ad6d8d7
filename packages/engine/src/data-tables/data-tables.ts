import { BlockError, dataColumn, type BlockTables, type RowCondition, type RowQuery, type TableRow } from '@blocksmith/sdk';
import { z } from 'zod';
import type { DataTableFields, DataTableInfo, DataTableStorage, TableRowsAccess } from '../ports/data-table-storage.ts';
import { CellRefused, cellValue } from './cell-value.ts';
import { rowMatcher, rowOrder } from './row-match.ts';
import { checkRowSize, rowValues, type RowValues } from './row-values.ts';
import { tableRow, type StoredRow } from './stored-row.ts';

/** The most rows a table holds: queries, updates and upserts read the whole table (docs/semantics.md#data-tables). */
export const MAX_TABLE_ROWS = 100_000;
/** The most rows one query gives (page through more with `offset`). */
export const MAX_QUERY_ROWS = 10_000;
export const MAX_COLUMNS = 100;

/** No table of that name or id in the workspace. */
export class NoSuchDataTable extends BlockError {
  constructor(idOrName: string) {
    super('not_found', `There is no data table "${idOrName}" in this workspace; create it on the Tables page, or check its name.`, { retriable: false });
  }
}

/** A table's columns, checked: names unique, at most MAX_COLUMNS. */
export const tableColumns = z
  .array(dataColumn)
  .max(MAX_COLUMNS)
  .superRefine((columns, ctx) => {
    const seen = new Set<string>();
    for (const [i, { name }] of columns.entries()) {
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `the column "${name}" is named twice` });
      seen.add(name);
    }
  });

function checkedColumns(columns: unknown) {
  const parsed = tableColumns.safeParse(columns);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const at = typeof issue?.path[0] === 'number' ? `Column ${issue.path[0] + 1}: ` : 'The columns: ';
  throw new CellRefused(`${at}${issue?.message ?? 'not a list of { name, type }'}.`);
}

/** Puts `row` in its place in `rows` (kept in `order`), keeping at most `keep` of them. */
function insertSorted(rows: StoredRow[], row: StoredRow, order: (a: StoredRow, b: StoredRow) => number, keep: number): void {
  if (keep === 0 || (rows.length === keep && order(row, rows[keep - 1]!) >= 0)) return;
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (order(rows[mid]!, row) <= 0) low = mid + 1;
    else high = mid;
  }
  rows.splice(low, 0, row);
  if (rows.length > keep) rows.pop();
}

const keyOf = (keys: readonly string[], values: RowValues): string => JSON.stringify(keys.map((k) => values[k] ?? null));

/**
 * Data tables' rows read and written by what blocks and the API ask: every value converted to its column's
 * type, conditions and sorts checked against the columns, and a table's writers taking turns.
 */
export class DataTables {
  constructor(
    private readonly storage: DataTableStorage,
    /** The time rows are stamped with: the engine's clock. */
    private readonly now: () => number = Date.now,
  ) {}

  async table(workspaceId: string | undefined, idOrName: string): Promise<DataTableInfo> {
    const table = await this.storage.find(workspaceId, idOrName);
    if (!table) throw new NoSuchDataTable(idOrName);
    return table;
  }

  async create(
    owner: { workspaceId: string | undefined; userId?: string | undefined },
    fields: DataTableFields,
    rows: Record<string, unknown>[] = [],
  ): Promise<DataTableInfo> {
    const columns = checkedColumns(fields.columns);
    const checked = rows.map((row) => rowValues(fields.name, columns, row));
    this.checkRoom(fields.name, 0, checked.length);
    const table = await this.storage.create(owner, { ...fields, columns });
    if (checked.length) await this.storage.withRows(table.id, true, (access) => access.insert(checked, this.now()));
    return { ...table, rows: checked.length };
  }

  /**
   * Changes a table; new columns start empty, removed ones lose their values, and a column whose type
   * changes has every value converted — or nothing changes, and the error names a row that does not fit.
   */
  async change(workspaceId: string | undefined, id: string, change: Partial<DataTableFields>): Promise<DataTableInfo> {
    const table = await this.table(workspaceId, id);
    const columns = change.columns && checkedColumns(change.columns);
    await this.storage.withRows(table.id, true, async (access) => {
      // A page at a time, in the write's transaction: a row that does not fit undoes the pages before it.
      if (columns) {
        for await (const page of access.scan()) {
          const converted = page.map((row) => {
            try {
              const values: RowValues = Object.fromEntries(
                columns.map((c) => [c.name, cellValue(c, Object.hasOwn(row.values, c.name) ? row.values[c.name] : null)]),
              );
              return { id: row.id, values };
            } catch (error) {
              throw new CellRefused(`Row ${row.id} cannot keep its value: ${(error as Error).message} Change or clear that value first.`);
            }
          });
          await access.update(converted, this.now());
        }
      }
      await access.changeTable({ ...change, ...(columns ? { columns } : {}) });
    });
    return this.table(workspaceId, table.id);
  }

  async insert(workspaceId: string | undefined, idOrName: string, rows: Record<string, unknown>[]): Promise<TableRow[]> {
    const table = await this.table(workspaceId, idOrName);
    const values = rows.map((row) => rowValues(table.name, table.columns, row));
    return this.storage.withRows(table.id, true, async (access) => {
      this.checkRoom(table.name, await access.count(), values.length);
      return (await access.insert(values, this.now())).map(tableRow);
    });
  }

  async query(
    workspaceId: string | undefined,
    idOrName: string,
    { where = [], sort = [], limit = 100, offset = 0 }: RowQuery,
  ): Promise<{ rows: TableRow[]; total: number }> {
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_QUERY_ROWS)
      throw new CellRefused(`A query gives 0 to ${MAX_QUERY_ROWS} rows at a time; page through more with offset.`);
    const table = await this.table(workspaceId, idOrName);
    const matches = rowMatcher(table.name, table.columns, where);
    const order = sort.length ? rowOrder(table.name, table.columns, sort) : undefined;
    return this.storage.withRows(table.id, false, async (access) => {
      // Only the rows up to the page's end are kept (sorted, the best so far): memory follows the page asked for, not the table.
      const keep = offset + limit;
      const kept: StoredRow[] = [];
      let total = 0;
      for await (const page of access.scan()) {
        for (const row of page) {
          if (!matches(row)) continue;
          if (order) insertSorted(kept, row, order, keep);
          else if (total >= offset && total < keep) kept.push(row);
          total++;
        }
      }
      return { rows: (order ? kept.slice(offset) : kept).map(tableRow), total };
    });
  }

  /** Changes every row that passes, a page at a time; answers how many, and the first MAX_QUERY_ROWS as changed. */
  async update(
    workspaceId: string | undefined,
    idOrName: string,
    where: RowCondition[],
    set: Record<string, unknown>,
  ): Promise<{ rows: TableRow[]; count: number }> {
    const table = await this.table(workspaceId, idOrName);
    const change = rowValues(table.name, table.columns, set, true);
    const matches = rowMatcher(table.name, table.columns, where);
    return this.storage.withRows(table.id, true, async (access) => {
      const rows: TableRow[] = [];
      let count = 0;
      for await (const page of access.scan()) {
        const changed = page.filter(matches).map((row) => ({ ...row, values: checkRowSize(table.name, { ...row.values, ...change }) }));
        for (const row of await this.write(access, changed)) if (rows.length < MAX_QUERY_ROWS) rows.push(row);
        count += changed.length;
      }
      return { rows, count };
    });
  }

  async upsert(
    workspaceId: string | undefined,
    idOrName: string,
    keys: string[],
    rows: Record<string, unknown>[],
  ): Promise<{ inserted: TableRow[]; updated: TableRow[] }> {
    const table = await this.table(workspaceId, idOrName);
    const missing = keys.filter((k) => !table.columns.some((c) => c.name === k));
    if (keys.length === 0 || missing.length) {
      throw new CellRefused(
        `An upsert names the columns that identify a row (keys); table "${table.name}" has no column ${missing.map((k) => `"${k}"`).join(', ') || 'named'}.`,
      );
    }
    const given = rows.map((row, i) => {
      const values = rowValues(table.name, table.columns, row, true);
      const empty = keys.find((k) => values[k] === null || values[k] === undefined);
      if (empty) throw new CellRefused(`Row ${i + 1} of the upsert has no value for its key column "${empty}".`);
      return values;
    });
    return this.storage.withRows(table.id, true, async (access) => {
      // Only rows with a key given are kept while scanning: memory follows the call, not the table.
      const wanted = new Set(given.map((values) => keyOf(keys, values)));
      const existing = new Map<string, StoredRow>();
      let count = 0;
      for await (const page of access.scan()) {
        for (const row of page) {
          const key = keyOf(keys, row.values);
          if (wanted.has(key)) existing.set(key, row);
          count++;
        }
      }
      const updates = new Map<string, StoredRow>();
      const inserts = new Map<string, RowValues>();
      for (const values of given) {
        const key = keyOf(keys, values);
        const found = updates.get(key) ?? existing.get(key);
        if (found) updates.set(key, { ...found, values: checkRowSize(table.name, { ...found.values, ...values }) });
        else inserts.set(key, checkRowSize(table.name, { ...(inserts.get(key) ?? rowValues(table.name, table.columns, {})), ...values }));
      }
      this.checkRoom(table.name, count, inserts.size);
      const updated = await this.write(access, [...updates.values()]);
      const inserted = (await access.insert([...inserts.values()], this.now())).map(tableRow);
      return { inserted, updated };
    });
  }

  async delete(workspaceId: string | undefined, idOrName: string, where: RowCondition[]): Promise<number> {
    const table = await this.table(workspaceId, idOrName);
    const matches = rowMatcher(table.name, table.columns, where);
    return this.storage.withRows(table.id, true, async (access) => {
      const ids: string[] = [];
      for await (const page of access.scan()) for (const row of page) if (matches(row)) ids.push(row.id);
      await access.delete(ids);
      return ids.length;
    });
  }

  /** What `ctx.tables` gives a block of a run of this workspace. */
  forRun(workspaceId: string | undefined): BlockTables {
    return {
      insert: (table, rows) => this.insert(workspaceId, table, rows),
      query: (table, query) => this.query(workspaceId, table, query),
      update: (table, where, set) => this.update(workspaceId, table, where, set),
      upsert: (table, keys, rows) => this.upsert(workspaceId, table, keys, rows),
      delete: (table, where) => this.delete(workspaceId, table, where),
    };
  }

  private async write(access: TableRowsAccess, rows: StoredRow[]): Promise<TableRow[]> {
    const now = this.now();
    await access.update(
      rows.map(({ id, values }) => ({ id, values })),
      now,
    );
    return rows.map((row) => tableRow({ ...row, updatedAt: now }));
  }

  private checkRoom(table: string, has: number, adding: number): void {
    if (has + adding > MAX_TABLE_ROWS) {
      throw new CellRefused(
        `Table "${table}" holds ${has} rows; ${adding} more would pass the limit of ${MAX_TABLE_ROWS.toLocaleString('en')} rows a table takes.`,
      );
    }
  }
}
