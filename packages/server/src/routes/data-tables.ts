import { tableColumns } from '@blocksmith/engine';
import { rowCondition, rowSort } from '@blocksmith/sdk';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { csvColumns, csvRows } from '../data-tables/csv-rows.ts';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound } from '../platform/refusal.ts';
import { dataTableAdded, dataTableAnswer, dataTableImported, dataTableList, dataTableRowAnswer, dataTableRows } from '../wire/data-tables.ts';

/** The most rows one answer carries: a page of the grid is 50. */
const MAX_API_ROWS = 1_000;

const idParam = z.object({ id: z.string().min(1).max(100) });
const rowParams = z.object({ id: z.string().min(1).max(100), rowId: z.string().min(1).max(100) });
const values = z.record(z.string(), z.unknown()).describe('Values by column name; each is converted to its column’s type.');
const csv = z.string().min(1).describe('CSV text with a header line naming the columns.');
const fields = {
  name: z.string().trim().min(1, 'must not be empty').max(200).describe('What blocks name the table by.'),
  description: z.string().max(10_000),
  columns: tableColumns.describe('The columns in order: a name, and a type (text, number, boolean, date or json).'),
};
const createBody = z
  .object({
    ...fields,
    description: fields.description.default(''),
    columns: fields.columns.default([]),
    csv: csv.optional().describe('Instead of columns: a CSV whose header names them (each typed by its cells) and whose rows the table starts with.'),
  })
  .strict();
const patchBody = z.object(fields).partial().strict();
const queryBody = z
  .object({
    where: z.array(rowCondition).max(50).default([]),
    sort: z.array(rowSort).max(10).default([]),
    limit: z.number().int().min(0).max(MAX_API_ROWS).default(100).describe(`At most ${MAX_API_ROWS} rows a page (a row is up to 64 KB).`),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
const addBody = z.object({ rows: z.array(values).min(1).max(10_000) }).strict();
const importBody = z.object({ csv }).strict();
const changeRowBody = z.object({ values }).strict();

/** Data tables: rows with typed columns that people edit here and agents read and write with the table.* blocks. */
export async function dataTableRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store, dataTables } = platform;

  app.get(
    '/api/tables',
    doc('tables', "The workspace's data tables", { operationId: 'listDataTables', access: { needs: 'read' }, responses: { 200: dataTableList } }),
    async (request) => ({ tables: await store.dataTables.list(request.workspaceId) }),
  );

  app.post(
    '/api/tables',
    doc('tables', 'Make a data table, from its columns or from a CSV', {
      operationId: 'createDataTable',
      access: { needs: 'build' },
      body: createBody,
      responses: { 201: dataTableAnswer },
    }),
    async (request, reply) => {
      const { csv: text, ...body } = parseWith(createBody, request.body, 'body');
      const columns = text === undefined ? body.columns : csvColumns(text);
      const rows = text === undefined ? [] : csvRows(text, columns);
      const table = await dataTables.create(request.owner, { ...body, columns }, rows);
      return reply.status(201).send({ table });
    },
  );

  app.get(
    '/api/tables/:id',
    doc('tables', 'A data table: its columns and how many rows it holds', {
      operationId: 'getDataTable',
      access: { needs: 'read', on: 'dataTable' },
      params: idParam,
      responses: { 200: dataTableAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return { table: await dataTables.table(request.workspaceId, id) };
    },
  );

  app.patch(
    '/api/tables/:id',
    doc('tables', 'Rename a data table, or change its columns (every value is converted to a changed type, or nothing changes)', {
      operationId: 'changeDataTable',
      access: { needs: 'build', on: 'dataTable' },
      params: idParam,
      body: patchBody,
      responses: { 200: dataTableAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return { table: await dataTables.change(request.workspaceId, id, parseWith(patchBody, request.body, 'body')) };
    },
  );

  app.delete(
    '/api/tables/:id',
    doc('tables', 'Delete a data table and its rows', {
      operationId: 'deleteDataTable',
      access: { needs: 'build', on: 'dataTable' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.dataTables.delete(request.workspaceId, id))) throw notFound(`Data table ${id}`);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/tables/:id/query',
    doc('tables', 'Rows of a data table that pass every condition, sorted, a page at a time', {
      operationId: 'queryDataTable',
      access: { needs: 'read', on: 'dataTable' },
      params: idParam,
      body: queryBody,
      responses: { 200: dataTableRows },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return dataTables.query(request.workspaceId, id, parseWith(queryBody, request.body, 'body'));
    },
  );

  app.post(
    '/api/tables/:id/rows',
    doc('tables', 'Add rows to a data table', {
      operationId: 'addDataTableRows',
      access: { needs: 'build', on: 'dataTable' },
      params: idParam,
      body: addBody,
      responses: { 201: dataTableAdded },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { rows } = parseWith(addBody, request.body, 'body');
      return reply.status(201).send({ rows: await dataTables.insert(request.workspaceId, id, rows) });
    },
  );

  app.post(
    '/api/tables/:id/import',
    doc('tables', 'Add the rows of a CSV to a data table (its header names the columns)', {
      operationId: 'importDataTableCsv',
      access: { needs: 'build', on: 'dataTable' },
      params: idParam,
      body: importBody,
      responses: { 200: dataTableImported },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const table = await dataTables.table(request.workspaceId, id);
      const added = await dataTables.insert(request.workspaceId, table.id, csvRows(parseWith(importBody, request.body, 'body').csv, table.columns));
      return { table: await dataTables.table(request.workspaceId, table.id), imported: added.length };
    },
  );

  app.patch(
    '/api/tables/:id/rows/:rowId',
    doc('tables', "Change a row's values (the columns not named keep theirs)", {
      operationId: 'changeDataTableRow',
      access: { needs: 'build', on: 'dataTable' },
      params: rowParams,
      body: changeRowBody,
      responses: { 200: dataTableRowAnswer },
    }),
    async (request) => {
      const { id, rowId } = parseWith(rowParams, request.params, 'params');
      const {
        rows: [row],
      } = await dataTables.update(request.workspaceId, id, [{ column: 'id', value: rowId }], parseWith(changeRowBody, request.body, 'body').values);
      if (!row) throw notFound(`Row ${rowId} of data table ${id}`);
      return { row };
    },
  );

  app.delete(
    '/api/tables/:id/rows/:rowId',
    doc('tables', 'Remove a row from a data table', {
      operationId: 'deleteDataTableRow',
      access: { needs: 'build', on: 'dataTable' },
      params: rowParams,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id, rowId } = parseWith(rowParams, request.params, 'params');
      if ((await dataTables.delete(request.workspaceId, id, [{ column: 'id', value: rowId }])) === 0) throw notFound(`Row ${rowId} of data table ${id}`);
      return reply.status(204).send();
    },
  );
}
