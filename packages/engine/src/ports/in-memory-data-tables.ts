import { randomUUID } from 'node:crypto';
import type { RowValues } from '../data-tables/row-values.ts';
import type { StoredRow } from '../data-tables/stored-row.ts';
import { DataTableNameTaken, type DataTableFields, type DataTableInfo, type DataTableStorage, type TableRowsAccess } from './data-table-storage.ts';

interface Kept {
  info: Omit<DataTableInfo, 'rows'>;
  rows: StoredRow[];
  next: number;
}

/** Data tables for this process's lifetime (the CLI, block examples, tests). Writes take effect at once: one process, one event loop. */
export class InMemoryDataTableStorage implements DataTableStorage {
  private readonly tables = new Map<string, Kept>();

  async create(owner: { workspaceId: string | undefined }, fields: DataTableFields): Promise<DataTableInfo> {
    if (await this.find(owner.workspaceId, fields.name)) throw new DataTableNameTaken(fields.name);
    const now = Date.now();
    const info = { id: randomUUID(), workspaceId: owner.workspaceId ?? '', ...structuredClone(fields), createdAt: now, updatedAt: now };
    this.tables.set(info.id, { info, rows: [], next: 0 });
    return { ...info, rows: 0 };
  }

  async list(workspaceId: string | undefined): Promise<DataTableInfo[]> {
    return [...this.tables.values()]
      .filter((t) => t.info.workspaceId === (workspaceId ?? ''))
      .map((t) => ({ ...structuredClone(t.info), rows: t.rows.length }));
  }

  async find(workspaceId: string | undefined, idOrName: string): Promise<DataTableInfo | undefined> {
    const all = await this.list(workspaceId);
    return all.find((t) => t.id === idOrName) ?? all.find((t) => t.name === idOrName);
  }

  async delete(workspaceId: string | undefined, id: string): Promise<boolean> {
    const kept = this.tables.get(id);
    return kept !== undefined && kept.info.workspaceId === (workspaceId ?? '') && this.tables.delete(id);
  }

  async withRows<T>(tableId: string, _write: boolean, work: (rows: TableRowsAccess) => Promise<T>): Promise<T> {
    const kept = this.tables.get(tableId);
    if (!kept) throw new Error(`Data table ${tableId} is gone.`);
    return work({
      async *scan() {
        yield kept.rows.map((row) => structuredClone(row));
      },
      count: async () => kept.rows.length,
      insert: async (rows: readonly RowValues[], now: number) => {
        // Ids count up per table: a process's own tables, read back by examples and tests that compare them.
        const added = rows.map((values) => ({ id: String(++kept.next), position: kept.next, values: structuredClone(values), createdAt: now, updatedAt: now }));
        kept.rows.push(...added);
        return added.map((row) => structuredClone(row));
      },
      update: async (rows, now) => {
        const byId = new Map(rows.map((r) => [r.id, r.values]));
        kept.rows = kept.rows.map((row) => (byId.has(row.id) ? { ...row, values: structuredClone(byId.get(row.id)!), updatedAt: now } : row));
      },
      delete: async (ids) => {
        const gone = new Set(ids);
        kept.rows = kept.rows.filter((row) => !gone.has(row.id));
      },
      changeTable: async (change) => {
        const other = change.name !== undefined ? await this.find(kept.info.workspaceId, change.name) : undefined;
        if (other && other.id !== tableId) throw new DataTableNameTaken(change.name!);
        kept.info = { ...kept.info, ...structuredClone(change), updatedAt: Date.now() };
      },
    });
  }
}
