import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

describe('data tables (real server process)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let owner: ApiClient;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('makes a table from a CSV with typed columns, imports, queries, edits and removes rows, with errors that say what to fix', async () => {
    const csv = 'email,score,vip,signed_up,notes\nada@example.com,92,true,2026-01-05,"likes ""math"", tea"\ngrace@example.com,75,false,2025-11-30,\n';
    const created = await owner.post('/api/tables', { name: 'Leads', csv });
    expect(created.status).toBe(201);
    const table = created.body.table;
    expect(table).toMatchObject({
      name: 'Leads',
      rows: 2,
      columns: [
        { name: 'email', type: 'text' },
        { name: 'score', type: 'number' },
        { name: 'vip', type: 'boolean' },
        { name: 'signed_up', type: 'date' },
        { name: 'notes', type: 'text' },
      ],
    });
    const imported = await owner.post(`/api/tables/${table.id}/import`, { csv: 'score,email\n40,linus@example.com\n' });
    expect(imported.body).toMatchObject({ imported: 1, table: { rows: 3 } });
    expect((await owner.post(`/api/tables/${table.id}/import`, { csv: 'email,phone\nx@y.z,555\n' })).body.error).toMatchObject({
      code: 'invalid_row',
      message: 'Table "Leads" has no column "phone"; its columns are "email", "score", "vip", "signed_up", "notes".',
    });

    const query = (body: object) => owner.post(`/api/tables/${table.id}/query`, body);
    const best = await query({ where: [{ column: 'score', op: 'gte', value: 50 }], sort: [{ column: 'score', direction: 'desc' }] });
    expect(best.body).toMatchObject({
      total: 2,
      rows: [
        { email: 'ada@example.com', notes: 'likes "math", tea', signed_up: '2026-01-05T00:00:00.000Z' },
        { email: 'grace@example.com', notes: null },
      ],
    });
    expect((await query({ where: [{ column: 'phone', value: 1 }] })).body.error.message).toContain('Table "Leads" has no column "phone"');
    expect((await query({ where: [{ column: 'score', op: 'around', value: 1 }] })).status).toBe(400);

    const grace = best.body.rows[1];
    const edited = await owner.patch(`/api/tables/${table.id}/rows/${grace.id}`, { values: { score: '81', notes: 'met at the fair' } });
    expect(edited.body.row).toMatchObject({ id: grace.id, email: 'grace@example.com', score: 81, notes: 'met at the fair' });
    expect((await owner.patch(`/api/tables/${table.id}/rows/${grace.id}`, { values: { vip: 'maybe' } })).body.error).toMatchObject({
      code: 'invalid_row',
      message: 'Column "vip" takes true or false; "maybe" is not.',
    });
    expect((await owner.patch(`/api/tables/${table.id}/rows/no-such-row`, { values: { score: 1 } })).status).toBe(404);
    const added = await owner.post(`/api/tables/${table.id}/rows`, { rows: [{ email: 'alan@example.com', vip: true }] });
    expect(added.status).toBe(201);
    expect((await owner.delete(`/api/tables/${table.id}/rows/${added.body.rows[0].id}`)).status).toBe(204);
    expect((await owner.delete(`/api/tables/${table.id}/rows/${added.body.rows[0].id}`)).status).toBe(404);

    // Columns change with their values converted, or not at all.
    const retyped = await owner.patch(`/api/tables/${table.id}`, { columns: [...table.columns.slice(0, 4), { name: 'notes', type: 'number' }] });
    expect(retyped.body.error.message).toMatch(/^Row .+ cannot keep its value: Column "notes" takes a number; "likes \\"math\\", tea" is not\./);
    const renamed = await owner.patch(`/api/tables/${table.id}`, {
      name: 'Prospects',
      columns: table.columns.filter((c: { name: string }) => c.name !== 'notes'),
    });
    expect(renamed.body.table).toMatchObject({ name: 'Prospects', rows: 3 });
    expect((await owner.post('/api/tables', { name: 'Prospects' })).body.error).toMatchObject({ code: 'name_taken' });
    expect((await owner.post('/api/tables', { name: 'Bad', columns: [{ name: 'id', type: 'text' }] })).status).toBe(400);
    expect((await owner.post('/api/tables', { name: 'Bad', csv: 'a,b\n1,2,3\n' })).body.error).toMatchObject({
      code: 'invalid_csv',
      message: 'Row 2 of the CSV has 3 fields, but the header names 2 columns.',
    });
    expect((await owner.get('/api/tables')).body.tables.map((t: { name: string }) => t.name)).toEqual(['Prospects']);
  });

  it('lets an agent read what a person edited and write rows the person then sees', async () => {
    const table = (
      await owner.post('/api/tables', {
        name: 'Stock',
        columns: [
          { name: 'item', type: 'text' },
          { name: 'count', type: 'number' },
        ],
      })
    ).body.table;
    const [row] = (await owner.post(`/api/tables/${table.id}/rows`, { rows: [{ item: 'owls', count: 1 }] })).body.rows;
    await owner.patch(`/api/tables/${table.id}/rows/${row.id}`, { values: { count: 7 } });
    const graph = await owner.post('/api/graphs', {
      name: 'Stock keeper',
      nodes: [
        { id: 'find', block: 'table.query', inputs: { table: 'Stock', where: [{ column: 'item', value: 'owls' }] } },
        { id: 'add', block: 'table.insert', inputs: { table: 'Stock', rows: [{ item: 'bats', count: '3' }] } },
        { id: 'out', block: 'output', inputs: { name: 'owls' } },
      ],
      links: [{ from: { node: 'find', output: 'first' }, to: { node: 'out', input: 'value' } }],
    });
    const run = await owner.waitForRun((await owner.post(`/api/graphs/${graph.body.id}/runs`, {})).body.runId);
    expect(run.run).toMatchObject({ status: 'COMPLETED', outputs: { owls: [expect.objectContaining({ item: 'owls', count: 7 })] } });
    const rows = (await owner.post(`/api/tables/${table.id}/query`, { sort: [{ column: 'item' }] })).body.rows;
    expect(rows.map((r: { item: string; count: number }) => [r.item, r.count])).toEqual([
      ['bats', 3],
      ['owls', 7],
    ]);
    expect((await owner.delete(`/api/tables/${table.id}`)).status).toBe(204);
    const again = await owner.waitForRun((await owner.post(`/api/graphs/${graph.body.id}/runs`, {})).body.runId);
    expect(again.run.status).toBe('FAILED');
    expect(JSON.stringify(again)).toContain('There is no data table \\"Stock\\" in this workspace');
  });

  it('gives an evaluation its cases from a data table: expected.<output> columns are expectations, the others inputs', async () => {
    const table = (await owner.post('/api/tables', { name: 'Questions', csv: 'topic,expected.answer,expected.words\nowls,They hoot,2\nbats,,\n' })).body.table;
    expect(table.columns).toEqual([
      { name: 'topic', type: 'text' },
      { name: 'expected.answer', type: 'text' },
      { name: 'expected.words', type: 'number' },
    ]);
    const dataset = (await owner.post('/api/datasets', { name: 'From a table' })).body.dataset;
    const added = await owner.post(`/api/datasets/${dataset.id}/from-table`, { table: 'Questions' });
    expect(added.status).toBe(201);
    expect(added.body.cases.map((c: { inputs: object; expected: object }) => [c.inputs, c.expected])).toEqual([
      [{ topic: 'owls' }, { answer: 'They hoot', words: 2 }],
      [{ topic: 'bats' }, {}],
    ]);
    expect((await owner.post(`/api/datasets/${dataset.id}/from-table`, { table: 'Nowhere' })).body.error.message).toContain('There is no data table "Nowhere"');
  });
});
