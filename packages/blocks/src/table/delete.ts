import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { exampleContext, tableInput, whereInput } from './table-inputs.ts';

export const tableDelete = defineBlock({
  id: 'table.delete',
  name: 'Remove rows from a data table',
  description: 'Removes every row of one of your data tables that passes the conditions.',
  categories: ['data'],
  input: z.object({ table: tableInput, where: whereInput }),
  output: z.object({ deleted: z.number().int().describe('How many rows were removed.') }),
  examples: [
    {
      name: 'removes the cold leads',
      input: { table: 'leads', where: [{ column: 'score', op: 'lt', value: 50 }] },
      context: exampleContext,
      output: { deleted: [1] },
    },
    {
      name: 'reads a condition’s value as its column’s type',
      input: { table: 'leads', where: [{ column: 'score', op: 'lt', value: 'low' }] },
      context: exampleContext,
      error: 'Column "score" takes a number',
    },
  ],
  async *run({ table, where }, ctx) {
    yield ['deleted', await ctx.tables.delete(table, where)];
  },
});
