import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listUnique = defineBlock({
  id: 'list.unique',
  name: 'Unique Items',
  description: 'Removes repeated elements (compared by content), keeping the first of each.',
  categories: ['list'],
  input: z.object({ list: z.array(z.unknown()) }),
  output: z.object({ list: z.array(z.unknown()) }),
  examples: [
    { name: 'keeps first occurrences', input: { list: [1, 2, 1, { a: 1 }, { a: 1 }] }, output: { list: [[1, 2, { a: 1 }]] } },
    {
      name: 'compares objects by content, whatever the order of their keys',
      input: { list: [{ a: 1, b: [2] }, { b: [2], a: 1 }, '1', 1] },
      output: { list: [[{ a: 1, b: [2] }, '1', 1]] },
    },
  ],
  *run({ list }) {
    // One pass with a set of content keys, instead of comparing each item with every kept one (n² comparisons).
    const seen = new Set<string>();
    const kept: unknown[] = [];
    for (const item of list) {
      const key = contentKey(item);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(item);
    }
    yield ['list', kept];
  },
});

/** Equal for items equal by content (as `isDeepStrictEqual` compares JSON values): object keys sorted, types kept apart. */
function contentKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(contentKey).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${contentKey(record[key])}`)
      .join(',')}}`;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
