import { DataTables } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalOf, type CopilotPlatform, type ToolContext } from './copilot-tool.ts';
import { memberContext } from './tool-testing.ts';
import { addTableRows, createTable, listTables, queryTable } from './table-tools.ts';

describe('the copilot keeps and reads data tables through the same service as the API and the blocks', () => {
  let database: TestDatabase;
  let store: Store;
  let ctx: ToolContext;
  let other: ToolContext;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = await Store.open(database.options);
    const platform = { store, dataTables: new DataTables(store.dataTables) } as unknown as CopilotPlatform;
    ctx = await memberContext(store, platform, 'builder@x.test');
    other = await memberContext(store, platform, 'other@x.test');
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const refusal = (call: Promise<unknown>) => call.then(() => undefined, refusalOf);

  it('makes a table, adds rows converted to their types, finds them, and lists the table with its columns', async () => {
    const columns = [
      { name: 'email', type: 'text' as const },
      { name: 'score', type: 'number' as const },
    ];
    const made = await createTable.run(createTable.input.parse({ name: 'Leads', columns }), ctx);
    expect(made).toMatchObject({ name: 'Leads', columns, rows: 0 });
    const added = (await addTableRows.run(
      {
        table: 'Leads',
        rows: [
          { email: 'ada@example.com', score: '91' },
          { email: 'bob@example.com', score: 40 },
        ],
      },
      ctx,
    )) as {
      added: number;
    };
    expect(added.added).toBe(2);
    const found = await queryTable.run(queryTable.input.parse({ table: 'Leads', where: [{ column: 'score', op: 'gt', value: 50 }] }), ctx);
    expect(found).toMatchObject({ total: 1, rows: [{ email: 'ada@example.com', score: 91 }] });
    expect(await listTables.run({}, ctx)).toEqual({
      tables: [{ tableId: (made as { tableId: string }).tableId, name: 'Leads', description: '', columns, rows: 2 }],
    });
  });

  it('refuses in words the model can act on, and shows no one else’s tables', async () => {
    expect(await refusal(addTableRows.run({ table: 'Leads', rows: [{ score: 'high' }] }, ctx))).toEqual({
      error: 'Column "score" takes a number; "high" is not.',
    });
    expect(await refusal(createTable.run(createTable.input.parse({ name: 'Leads', columns: [{ name: 'x', type: 'text' }] }), ctx))).toEqual({
      error: 'A data table named "Leads" already exists in this workspace; pick another name.',
    });
    expect(await listTables.run({}, other)).toEqual({ tables: [] });
    expect(await refusal(queryTable.run(queryTable.input.parse({ table: 'Leads' }), other))).toEqual({
      error: 'There is no data table "Leads" in this workspace; create it on the Tables page, or check its name.',
    });
  });
});
