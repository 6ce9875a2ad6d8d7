import { describe, expect, it } from 'vitest';
import { InMemoryDataTableStorage } from '../ports/in-memory-data-tables.ts';
import { DataTables } from './data-tables.ts';

const columns = [
  { name: 'name', type: 'text' as const },
  { name: 'age', type: 'number' as const },
  { name: 'member', type: 'boolean' as const },
  { name: 'joined', type: 'date' as const },
  { name: 'tags', type: 'json' as const },
];

async function people() {
  const tables = new DataTables(new InMemoryDataTableStorage(), () => Date.parse('2026-12-07T10:00:00Z'));
  await tables.create({ workspaceId: 'w1' }, { name: 'people', description: '', columns }, [
    { name: 'Ada', age: '36', member: 'TRUE', joined: '2026-01-05', tags: ['math'] },
    { name: 'grace', age: 85, member: false, joined: 1_700_000_000_000 },
    { name: 'Linus', age: null, member: true, joined: '' },
  ]);
  return tables;
}
const names = (rows: Record<string, unknown>[]) => rows.map((r) => r.name);

describe('data tables', () => {
  it('converts every value to its column’s type, and refuses one that does not fit, naming column and value', async () => {
    const tables = await people();
    const { rows } = await tables.query('w1', 'people', {});
    expect(rows[0]).toEqual({
      id: '1',
      name: 'Ada',
      age: 36,
      member: true,
      joined: '2026-01-05T00:00:00.000Z',
      tags: ['math'],
      created_at: '2026-12-07T10:00:00.000Z',
      updated_at: '2026-12-07T10:00:00.000Z',
    });
    expect(rows[1]).toMatchObject({ joined: '2023-11-14T22:13:20.000Z', tags: null });
    expect(rows[2]).toMatchObject({ age: null, joined: null });
    await expect(tables.insert('w1', 'people', [{ age: 'old' }])).rejects.toThrow('Column "age" takes a number; "old" is not.');
    await expect(tables.insert('w1', 'people', [{ joined: 'yesterday' }])).rejects.toThrow('Column "joined" takes a date (ISO 8601');
    await expect(tables.insert('w1', 'people', [{ member: 'yes' }])).rejects.toThrow('Column "member" takes true or false');
    await expect(tables.insert('w1', 'people', [{ name: { first: 'A' } }])).rejects.toThrow('Column "name" takes text');
    // A name every object inherits is no column.
    await expect(tables.insert('w1', 'people', [{ valueOf: 1 }])).rejects.toThrow('Table "people" has no column "valueOf"; its columns are "name", "age"');
    await expect(tables.insert('w1', 'people', [{ name: 'x'.repeat(70_000) }])).rejects.toThrow('takes more than 64 KB');
    expect((await tables.query('w1', 'people', {})).total).toBe(3);
  });

  it('finds rows by every kind of condition, reading the condition’s value as its column’s type', async () => {
    const tables = await people();
    const find = async (where: object[]) => names((await tables.query('w1', 'people', { where: where as never })).rows);
    expect(await find([{ column: 'age', op: 'gt', value: '40' }])).toEqual(['grace']);
    expect(await find([{ column: 'age', op: 'lte', value: 85 }])).toEqual(['Ada', 'grace']);
    expect(await find([{ column: 'member', value: 'true' }])).toEqual(['Ada', 'Linus']);
    expect(await find([{ column: 'member', op: 'ne', value: true }])).toEqual(['grace']);
    expect(await find([{ column: 'name', op: 'contains', value: 'RAC' }])).toEqual(['grace']);
    expect(await find([{ column: 'name', op: 'starts_with', value: 'l' }])).toEqual(['Linus']);
    expect(await find([{ column: 'name', op: 'in', value: ['Ada', 'Linus'] }])).toEqual(['Ada', 'Linus']);
    expect(await find([{ column: 'joined', op: 'is_empty' }])).toEqual(['Linus']);
    expect(await find([{ column: 'joined', op: 'lt', value: '2025-01-01' }])).toEqual(['grace']);
    expect(await find([{ column: 'tags', op: 'contains', value: 'math' }])).toEqual(['Ada']);
    expect(await find([{ column: 'id', value: '2' }])).toEqual(['grace']);
    expect(
      await find([
        { column: 'age', op: 'is_not_empty' },
        { column: 'member', value: true },
      ]),
    ).toEqual(['Ada']);
    await expect(find([{ column: 'nickname', value: 'x' }])).rejects.toThrow('Table "people" has no column "nickname"');
    await expect(find([{ column: 'name', op: 'in', value: 'Ada' }])).rejects.toThrow('with "in" takes a list of values');
    await expect(find([{ column: 'age', op: 'gt' }])).rejects.toThrow('needs a value to compare with');
  });

  it('sorts by columns in turn, empty cells last either way, and pages with a total', async () => {
    const tables = await people();
    const sorted = async (sort: object[], limit = 10, offset = 0) => tables.query('w1', 'people', { sort: sort as never, limit, offset });
    expect(names((await sorted([{ column: 'age', direction: 'desc' }])).rows)).toEqual(['grace', 'Ada', 'Linus']);
    expect(names((await sorted([{ column: 'age' }])).rows)).toEqual(['Ada', 'grace', 'Linus']);
    // Text sorts ignoring case.
    expect(names((await sorted([{ column: 'name' }])).rows)).toEqual(['Ada', 'grace', 'Linus']);
    expect(names((await sorted([{ column: 'member' }, { column: 'name', direction: 'desc' }])).rows)).toEqual(['grace', 'Linus', 'Ada']);
    expect(await sorted([{ column: 'age' }], 1, 1)).toMatchObject({ rows: [{ name: 'grace' }], total: 3 });
    expect(await sorted([{ column: 'age', direction: 'desc' }], 2, 0)).toMatchObject({ rows: [{ name: 'grace' }, { name: 'Ada' }], total: 3 });
    expect(await sorted([{ column: 'age' }], 5, 2)).toMatchObject({ rows: [{ name: 'Linus' }], total: 3 });
    expect(await tables.query('w1', 'people', { limit: 1, offset: 2 })).toMatchObject({ rows: [{ name: 'Linus' }], total: 3 });
    await expect(tables.query('w1', 'people', { limit: 20_000 })).rejects.toThrow('A query gives 0 to 10000 rows at a time');
  });

  it('updates the rows that pass, upserts by key (twins in one call merge), and deletes', async () => {
    const tables = await people();
    const changed = await tables.update('w1', 'people', [{ column: 'member', value: true }], { age: '40' });
    expect([names(changed.rows), changed.count]).toEqual([['Ada', 'Linus'], 2]);
    // A change that would grow a row past its limit is refused, and nothing changes.
    await expect(tables.update('w1', 'people', [{ column: 'member', value: true }], { tags: 'x'.repeat(40_000), name: 'y'.repeat(30_000) })).rejects.toThrow(
      'takes more than 64 KB',
    );
    expect((await tables.query('w1', 'people', { where: [{ column: 'age', value: 40 }] })).rows.map((r) => r.tags)).toEqual([['math'], null]);
    expect((await tables.query('w1', 'people', { where: [{ column: 'age', value: 40 }] })).total).toBe(2);
    const { inserted, updated } = await tables.upsert(
      'w1',
      'people',
      ['name'],
      [
        { name: 'grace', member: true },
        { name: 'Alan', age: 41 },
        { name: 'Alan', member: true },
      ],
    );
    expect(updated).toEqual([expect.objectContaining({ name: 'grace', age: 85, member: true })]);
    expect(inserted).toEqual([expect.objectContaining({ id: '4', name: 'Alan', age: 41, member: true, joined: null })]);
    await expect(tables.upsert('w1', 'people', ['email'], [{ name: 'x' }])).rejects.toThrow('has no column "email"');
    await expect(tables.upsert('w1', 'people', ['name'], [{ age: 1 }])).rejects.toThrow('Row 1 of the upsert has no value for its key column "name"');
    expect(await tables.delete('w1', 'people', [{ column: 'age', op: 'gte', value: 41 }])).toBe(2);
    expect(names((await tables.query('w1', 'people', {})).rows)).toEqual(['Ada', 'Linus']);
  });

  it('changes columns, converting every value, or changes nothing and names the row that does not fit', async () => {
    const tables = await people();
    const { id } = await tables.table('w1', 'people');
    const asText = columns.map((c) => (c.name === 'age' ? { ...c, type: 'text' as const } : c)).filter((c) => c.name !== 'tags');
    const changed = await tables.change('w1', id, { columns: [...asText, { name: 'email', type: 'text' }] });
    expect(changed.columns.map((c) => `${c.name}:${c.type}`)).toEqual(['name:text', 'age:text', 'member:boolean', 'joined:date', 'email:text']);
    expect((await tables.query('w1', id, {})).rows[0]).toMatchObject({ age: '36', email: null });
    expect((await tables.query('w1', id, {})).rows[0]).not.toHaveProperty('tags');
    await tables.update('w1', id, [{ column: 'name', value: 'Ada' }], { age: 'thirty-six' });
    await expect(tables.change('w1', id, { columns })).rejects.toThrow('Row 1 cannot keep its value: Column "age" takes a number; "thirty-six" is not.');
    expect((await tables.table('w1', id)).columns.map((c) => c.type)).toContain('text');
    await expect(tables.change('w1', id, { columns: [...columns, { name: 'age', type: 'text' }] })).rejects.toThrow('the column "age" is named twice');
  });

  it('keeps a column named like an object’s own machinery as a value like any other', async () => {
    const tables = new DataTables(new InMemoryDataTableStorage());
    const columns = [
      { name: '__proto__', type: 'json' as const },
      { name: 'expected.answer', type: 'text' as const },
    ];
    await tables.create({ workspaceId: 'w1' }, { name: 'odd', description: '', columns }, [
      JSON.parse('{"__proto__": {"polluted": true}, "expected.answer": "yes"}'),
    ]);
    const [row] = (await tables.query('w1', 'odd', { where: [{ column: '__proto__', op: 'is_not_empty' }] })).rows;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.hasOwn(row!, '__proto__') && row!['__proto__']).toEqual({ polluted: true });
    expect(row!['expected.answer']).toBe('yes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps each workspace’s tables its own', async () => {
    const tables = await people();
    await expect(tables.query('w2', 'people', {})).rejects.toThrow('There is no data table "people" in this workspace');
    const { id } = await tables.table('w1', 'people');
    await expect(tables.insert('w2', id, [{ name: 'x' }])).rejects.toThrow('There is no data table');
  });
});
