import { rowCondition } from '@blocksmith/sdk';
import { z } from 'zod';

/** What every data table block names: the table, by name or id. */
export const tableInput = z.string().trim().min(1).max(200).describe('The data table, by its name or id (Tables page).');

/** Rows as objects of values by column name. */
export const rowsInput = z.array(z.record(z.string(), z.unknown())).min(1).max(10_000);

/** The conditions a changing block's rows must pass: at least one, so no block empties or rewrites a table by leaving them out. */
export const whereInput = z
  .array(rowCondition)
  .min(1, 'name at least one condition, e.g. [{"column": "id", "value": "…"}]')
  .max(50)
  .describe('Every condition must hold, e.g. [{"column": "status", "op": "eq", "value": "open"}].');

/** A row as blocks give it: its id and times beside its values. */
export const tableRowSchema = z.record(z.string(), z.unknown()).describe('{ id, created_at, updated_at, …columns }');

/** The example tables the blocks' examples read and change. */
export const exampleContext = {
  now: '2026-12-07T09:00:00.000Z',
  tables: {
    leads: {
      columns: [
        { name: 'email', type: 'text' as const },
        { name: 'score', type: 'number' as const },
        { name: 'contacted', type: 'boolean' as const },
      ],
      rows: [
        { email: 'ada@example.com', score: 92, contacted: false },
        { email: 'grace@example.com', score: 75, contacted: true },
        { email: 'linus@example.com', score: 40, contacted: false },
      ],
    },
  },
};

const AT = exampleContext.now;
/** The example table's rows as blocks give them (in-memory tables number their rows from 1). */
export const exampleRows = exampleContext.tables.leads.rows.map((row, i) => ({ ...row, id: String(i + 1), created_at: AT, updated_at: AT }));
