import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { exampleContext, rowsInput, tableInput, tableRowSchema } from './table-inputs.ts';

export const tableInsert = defineBlock({
  id: 'table.insert',
  name: 'Add rows to a data table',
  description:
    'Adds rows to one of your data tables; each value is converted to its column’s type (a column left out stays empty), or the block fails naming the value.',
  categories: ['data'],
  input: z.object({
    table: tableInput,
    rows: rowsInput.describe('Objects of values by column name, e.g. [{"email": "ada@example.com", "score": 92}].'),
  }),
  output: z.object({ rows: z.array(tableRowSchema).describe('The rows as added, with their ids.'), count: z.number().int() }),
  examples: [
    {
      name: 'adds a row, converting its values',
      input: { table: 'leads', rows: [{ email: 'alan@example.com', score: '88' }] },
      context: exampleContext,
      output: {
        rows: [[{ email: 'alan@example.com', score: 88, contacted: null, id: '4', created_at: exampleContext.now, updated_at: exampleContext.now }]],
        count: [1],
      },
    },
    {
      name: 'names a value its column cannot take',
      input: { table: 'leads', rows: [{ score: 'high' }] },
      context: exampleContext,
      error: 'Column "score" takes a number',
    },
    { name: 'names a table that does not exist', input: { table: 'contacts', rows: [{ email: 'a@b.c' }] }, error: 'There is no data table "contacts"' },
  ],
  async *run({ table, rows }, ctx) {
    const added = await ctx.tables.insert(table, rows);
    yield ['rows', added];
    yield ['count', added.length];
  },
});
