import { columnType } from '@blocksmith/sdk';
import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

export const dataTableColumn = named('DataTableColumn', z.object({ name: z.string(), type: columnType }));

export const dataTable = named(
  'DataTable',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string().describe('What blocks name it by (or by id).'),
    description: z.string(),
    columns: z.array(dataTableColumn),
    rows: z.number().int().describe('How many rows it holds.'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const dataTableRow = named(
  'DataTableRow',
  z
    .object({ id: z.string(), created_at: z.string().describe('ISO 8601.'), updated_at: z.string().describe('ISO 8601.') })
    .catchall(z.unknown())
    .describe("The row's id and times beside its values by column name."),
);

export const dataTableAnswer = z.object({ table: dataTable });
export const dataTableList = z.object({ tables: z.array(dataTable) });
export const dataTableRows = z.object({ rows: z.array(dataTableRow), total: z.number().int().describe('How many rows pass the conditions, on every page.') });
export const dataTableRowAnswer = z.object({ row: dataTableRow });
export const dataTableAdded = z.object({ rows: z.array(dataTableRow) });
export const dataTableImported = z.object({ table: dataTable, imported: z.number().int().describe('How many rows the CSV added.') });
