import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { excelTableInputs } from './excel-table.ts';
import { drivePath, graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { apiPath, type ApiPath } from '../shared/api-path.ts';

export const excelReadTable = defineBlock({
  id: 'excel.read_table',
  name: 'Excel: Read Table',
  description: 'Reads a table of an Excel workbook in OneDrive: its rows as records under the column names, and as rows.',
  categories: ['microsoft', 'excel', 'data'],
  credentials: [microsoftCredential],
  input: z.object({ ...excelTableInputs, ...microsoftInputs }),
  output: z.object({ records: z.array(z.record(z.string(), z.unknown())), rows: z.array(z.array(z.unknown())), columns: z.array(z.string()) }),
  examples: [
    { name: 'needs a Microsoft account', input: { workbook_path: 'Sales.xlsx', table: 'Orders' }, error: 'needs a credential of kind oauth2:microsoft' },
  ],
  async *run({ workbook_path, table }, ctx) {
    const table_ = (rest: ApiPath) => drivePath(workbook_path, apiPath`/workbook/tables/${table}${rest}`);
    const [{ body: columns }, { body: rows }] = await Promise.all([
      graph(ctx, 'Excel', table_(apiPath`/columns`)),
      graph(ctx, 'Excel', table_(apiPath`/rows`)),
    ]);
    const names = ((columns as { value?: { name: string }[] }).value ?? []).map((c) => c.name);
    const values = ((rows as { value?: { values?: unknown[][] }[] }).value ?? []).map((r) => r.values?.[0] ?? []);
    yield ['columns', names];
    yield ['rows', values];
    yield ['records', values.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? null])))];
  },
});
