import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { exampleContext, exampleRows, tableInput, tableRowSchema, whereInput } from './table-inputs.ts';

export const tableUpdate = defineBlock({
  id: 'table.update',
  name: 'Change rows in a data table',
  description: 'Sets values on every row of one of your data tables that passes the conditions; other columns keep theirs.',
  categories: ['data'],
  input: z.object({
    table: tableInput,
    where: whereInput,
    set: z.record(z.string(), z.unknown()).describe('The values to set, by column name, e.g. {"contacted": true}.'),
  }),
  output: z.object({
    rows: z.array(tableRowSchema).describe('The rows as changed (the first 10,000).'),
    count: z.number().int().describe('How many rows changed.'),
  }),
  examples: [
    {
      name: 'marks a lead as contacted',
      input: { table: 'leads', where: [{ column: 'email', value: 'ada@example.com' }], set: { contacted: 'true' } },
      context: exampleContext,
      output: { rows: [[{ ...exampleRows[0], contacted: true }]], count: [1] },
    },
    {
      name: 'names a column the table does not have',
      input: { table: 'leads', where: [{ column: 'id', value: '1' }], set: { phone: '555' } },
      context: exampleContext,
      error: 'Table "leads" has no column "phone"; its columns are "email", "score", "contacted"',
    },
  ],
  async *run({ table, where, set }, ctx) {
    const { rows, count } = await ctx.tables.update(table, where, set);
    yield ['rows', rows];
    yield ['count', count];
  },
});
