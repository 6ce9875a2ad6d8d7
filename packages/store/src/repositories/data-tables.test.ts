import { DataTableNameTaken, DataTables } from '@blocksmith/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-databases.ts';

describe.each(TEST_DIALECTS)('data tables on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let tables: DataTables;
  let owner: string;
  let other: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    tables = new DataTables(store.dataTables);
    owner = (await store.users.create({ email: `dt-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
    other = (await store.users.create({ email: `dt2-${dialect}@x.test`, passwordHash: 'h', isOwner: false })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('keeps rows in the order they were added across scan pages, finds, sorts and counts them', async () => {
    const columns = [
      { name: 'n', type: 'number' as const },
      { name: 'even', type: 'boolean' as const },
    ];
    const rows = Array.from({ length: 1_201 }, (_, i) => ({ n: i, even: i % 2 === 0 }));
    const table = await tables.create({ workspaceId: owner, userId: owner }, { name: 'numbers', description: 'counting', columns }, rows);
    expect(table).toMatchObject({ name: 'numbers', rows: 1_201, columns });
    const all = await tables.query(owner, 'numbers', { limit: 10_000 });
    expect(all.rows.map((r) => r.n)).toEqual(rows.map((r) => r.n));
    const found = await tables.query(owner, table.id, {
      where: [
        { column: 'even', value: false },
        { column: 'n', op: 'gte', value: 1_000 },
      ],
      sort: [{ column: 'n', direction: 'desc' }],
      limit: 2,
    });
    expect(found).toMatchObject({ rows: [{ n: 1_199 }, { n: 1_197 }], total: 100 });
    expect(await tables.delete(owner, 'numbers', [{ column: 'n', op: 'lt', value: 1_000 }])).toBe(1_000);
    expect((await store.dataTables.list(owner)).find((t) => t.id === table.id)?.rows).toBe(201);
    // Positions go on from the last one handed out, so rows added later come last.
    await tables.insert(owner, 'numbers', [{ n: -1 }]);
    expect((await tables.query(owner, 'numbers', { offset: 201 })).rows.map((r) => r.n)).toEqual([-1]);
  });

  it('makes writers of one table take turns: two upserts of the same new key at once add one row', async () => {
    await tables.create(
      { workspaceId: owner, userId: owner },
      {
        name: 'contacts',
        description: '',
        columns: [
          { name: 'email', type: 'text' },
          { name: 'seen', type: 'number' },
        ],
      },
    );
    const results = await Promise.all([1, 2, 3].map((seen) => tables.upsert(owner, 'contacts', ['email'], [{ email: 'ada@example.com', seen }])));
    expect(results.map((r) => r.inserted.length).sort()).toEqual([0, 0, 1]);
    expect((await tables.query(owner, 'contacts', {})).total).toBe(1);
  });

  it("refuses a second table of one name, changes columns, and keeps each workspace's tables its own", async () => {
    await expect(tables.create({ workspaceId: owner, userId: owner }, { name: 'contacts', description: '', columns: [] })).rejects.toBeInstanceOf(
      DataTableNameTaken,
    );
    const contacts = await tables.table(owner, 'contacts');
    const changed = await tables.change(owner, contacts.id, {
      name: 'people',
      columns: [
        { name: 'email', type: 'text' },
        { name: 'seen', type: 'text' },
      ],
    });
    expect(changed).toMatchObject({
      name: 'people',
      columns: [
        { name: 'email', type: 'text' },
        { name: 'seen', type: 'text' },
      ],
      rows: 1,
    });
    expect((await tables.query(owner, 'people', {})).rows[0]!.seen).toMatch(/^[123]$/);
    await expect(tables.change(owner, contacts.id, { name: 'numbers' })).rejects.toBeInstanceOf(DataTableNameTaken);
    // A change of nothing changes nothing.
    expect(await tables.change(owner, contacts.id, {})).toMatchObject({ name: 'people', rows: 1 });
    await expect(tables.query(other, 'people', {})).rejects.toThrow('There is no data table "people"');
    await expect(tables.query(other, contacts.id, {})).rejects.toThrow('There is no data table');
    expect(await store.dataTables.delete(other, contacts.id)).toBe(false);
    expect(await store.dataTables.delete(owner, contacts.id)).toBe(true);
    await expect(tables.query(owner, contacts.id, {})).rejects.toThrow('There is no data table');
  });
});
