import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { excelTableInputs } from './excel-table.ts';
import { drivePath, graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { apiPath, type ApiPath } from '../shared/api-path.ts';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const excelAddRows = defineBlock({
  id: 'excel.add_rows',
  name: 'Excel: Add Rows',
  description: 'Adds rows at the end of a table of an Excel workbook in OneDrive: as lists of cells, or as records by column name.',
  categories: ['microsoft', 'excel', 'data'],
  credentials: [microsoftCredential],
  input: z.object({
    ...excelTableInputs,
    rows: z
      .array(z.union([z.array(cell), z.record(z.string(), cell)]))
      .min(1)
      .max(5000),
    ...microsoftInputs,
  }),
  output: z.object({ added: z.number(), first_index: z.number() }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a Microsoft account',
      input: { workbook_path: 'Sales.xlsx', table: 'Orders', rows: [['Tea', 2]] },
      error: 'needs a credential of kind oauth2:microsoft',
    },
  ],
  async *run({ workbook_path, table, rows }, ctx) {
    const table_ = (rest: ApiPath) => drivePath(workbook_path, apiPath`/workbook/tables/${table}${rest}`);
    let names: string[] = [];
    if (rows.some((row) => !Array.isArray(row))) {
      const { body } = await graph(ctx, 'Excel', table_(apiPath`/columns`));
      names = ((body as { value?: { name: string }[] }).value ?? []).map((c) => c.name);
      const unknown = rows.flatMap((row) => (Array.isArray(row) ? [] : Object.keys(row).filter((key) => !names.includes(key))));
      if (unknown.length > 0)
        throw new BlockError('invalid_input', `The table ${table} has no column ${[...new Set(unknown)].join(', ')}; its columns are: ${names.join(', ')}.`, {
          retriable: false,
        });
    }
    const values = rows.map((row) => (Array.isArray(row) ? row : names.map((name) => row[name] ?? null)));
    const { body } = await graph(ctx, 'Excel', table_(apiPath`/rows`), { method: 'POST', json: { values, index: null } });
    yield ['added', values.length];
    yield ['first_index', (body as { index?: number }).index ?? 0];
  },
});
