import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { exampleContext, exampleRows, rowsInput, tableInput, tableRowSchema } from './table-inputs.ts';

export const tableUpsert = defineBlock({
  id: 'table.upsert',
  name: 'Add or change rows in a data table',
  description:
    'For each row, changes the row of one of your data tables with the same values in the key columns, or adds it when there is none: a sync that can run again without making twins.',
  categories: ['data'],
  input: z.object({
    table: tableInput,
    keys: z.array(z.string().min(1)).min(1).max(10).describe('The columns that say which row is which, e.g. ["email"].'),
    rows: rowsInput.describe('Objects of values by column name; each must have its key columns.'),
  }),
  output: z.object({ inserted: z.array(tableRowSchema), updated: z.array(tableRowSchema) }),
  examples: [
    {
      name: 'changes a known lead and adds a new one',
      input: {
        table: 'leads',
        keys: ['email'],
        rows: [
          { email: 'grace@example.com', score: 80 },
          { email: 'alan@example.com', score: 66 },
        ],
      },
      context: exampleContext,
      output: {
        inserted: [[{ email: 'alan@example.com', score: 66, contacted: null, id: '4', created_at: exampleContext.now, updated_at: exampleContext.now }]],
        updated: [[{ ...exampleRows[1], score: 80 }]],
      },
    },
    {
      name: 'needs the key in every row',
      input: { table: 'leads', keys: ['email'], rows: [{ score: 1 }] },
      context: exampleContext,
      error: 'no value for its key column "email"',
    },
  ],
  async *run({ table, keys, rows }, ctx) {
    const { inserted, updated } = await ctx.tables.upsert(table, keys, rows);
    yield ['inserted', inserted];
    yield ['updated', updated];
  },
});
