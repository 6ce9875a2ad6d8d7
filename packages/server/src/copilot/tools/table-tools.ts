import { rowCondition, rowSort } from '@blocksmith/sdk';
import { tableColumns, type DataTableInfo } from '@blocksmith/engine';
import { z } from 'zod';
import { defineTool } from './copilot-tool.ts';

const table = z.string().min(1).max(200).describe('The data table, by name or id (from list_tables).');

/** A table in a tool's answer: what the model needs to wire the table.* blocks to it. */
const tableAnswer = (t: DataTableInfo) => ({ tableId: t.id, name: t.name, description: t.description, columns: t.columns, rows: t.rows });

export const listTables = defineTool({
  name: 'list_tables',
  description:
    "The user's data tables: each one's name (what the table.* blocks name it by), typed columns and how many rows it holds. Look here before building an agent that reads or writes rows.",
  input: z.object({}),
  async run(_input, ctx) {
    return { tables: (await ctx.platform.store.dataTables.list(ctx.owner.workspaceId)).map(tableAnswer) };
  },
});

export const createTable = defineTool({
  name: 'create_table',
  description:
    'Make a data table with typed columns (text, number, boolean, date, json) for agents to keep rows in — leads, a stock list, what a feed has seen — and the user to edit on the Tables page.',
  input: z.object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(10_000).default(''),
    columns: tableColumns.min(1),
  }),
  async run(fields, ctx) {
    return tableAnswer(await ctx.platform.dataTables.create(ctx.owner, fields));
  },
});

export const queryTable = defineTool({
  name: 'query_table',
  description: 'Read rows of a data table: those that pass every condition, sorted, at most 100 at a time (offset for more), with how many pass in all.',
  input: z.object({
    table,
    where: z.array(rowCondition).max(50).default([]),
    sort: z.array(rowSort).max(10).default([]),
    limit: z.number().int().min(1).max(100).default(20),
    offset: z.number().int().min(0).default(0),
  }),
  async run({ table: name, ...query }, ctx) {
    return ctx.platform.dataTables.query(ctx.owner.workspaceId, name, query);
  },
});

export const addTableRows = defineTool({
  name: 'add_table_rows',
  description:
    'Add rows to a data table (objects of values by column name); each value is converted to its column’s type, or the call is refused saying which.',
  input: z.object({ table, rows: z.array(z.record(z.string(), z.unknown())).min(1).max(500) }),
  async run({ table: name, rows }, ctx) {
    const added = await ctx.platform.dataTables.insert(ctx.owner.workspaceId, name, rows);
    return { added: added.length, rows: added };
  },
});
