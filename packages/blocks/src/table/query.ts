import { defineBlock, rowCondition, rowSort } from '@blocksmith/sdk';
import { z } from 'zod';
import { exampleContext, exampleRows, tableInput, tableRowSchema } from './table-inputs.ts';

export const tableQuery = defineBlock({
  id: 'table.query',
  name: 'Find rows in a data table',
  description: 'Reads the rows of one of your data tables that pass every condition, sorted, a page at a time; gives the first one too, for lookups.',
  categories: ['data'],
  input: z.object({
    table: tableInput,
    where: z
      .array(rowCondition)
      .max(50)
      .default([])
      .describe('Every condition must hold; none gives every row. E.g. [{"column": "score", "op": "gte", "value": 80}].'),
    sort: z.array(rowSort).max(10).default([]).describe('E.g. [{"column": "score", "direction": "desc"}]; otherwise the order rows were added.'),
    limit: z.number().int().min(1).max(10_000).default(100),
    offset: z.number().int().min(0).default(0).describe('Rows to skip: for the next page, the previous offset plus limit.'),
  }),
  output: z.object({
    rows: z.array(tableRowSchema),
    first: tableRowSchema.nullable().describe('The first row found, or null when none passes.'),
    total: z.number().int().describe('How many rows pass the conditions (all pages).'),
  }),
  examples: [
    {
      name: 'finds the best leads not yet contacted',
      input: {
        table: 'leads',
        where: [
          { column: 'contacted', value: false },
          { column: 'score', op: 'gte', value: '50' },
        ],
        sort: [{ column: 'score', direction: 'desc' }],
      },
      context: exampleContext,
      output: { rows: [[exampleRows[0]]], first: [exampleRows[0]], total: [1] },
    },
    {
      name: 'looks up by text, ignoring case',
      input: { table: 'leads', where: [{ column: 'email', op: 'starts_with', value: 'GRACE' }] },
      context: exampleContext,
      output: { rows: [[exampleRows[1]]], first: [exampleRows[1]], total: [1] },
    },
    {
      name: 'names a column the table does not have',
      input: { table: 'leads', where: [{ column: 'name', value: 'Ada' }] },
      context: exampleContext,
      error: 'has no column "name"',
    },
  ],
  async *run({ table, where, sort, limit, offset }, ctx) {
    const { rows, total } = await ctx.tables.query(table, { where, sort, limit, offset });
    yield ['rows', rows];
    yield ['first', rows[0] ?? null];
    yield ['total', total];
  },
});
