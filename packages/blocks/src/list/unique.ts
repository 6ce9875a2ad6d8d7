import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { isDeepStrictEqual } from 'node:util';

export const listUnique = defineBlock({
  id: 'list.unique',
  name: 'Unique Items',
  description: 'Removes repeated elements (compared by content), keeping the first of each.',
  categories: ['list'],
  input: z.object({ list: z.array(z.unknown()) }),
  output: z.object({ list: z.array(z.unknown()) }),
  examples: [{ name: 'keeps first occurrences', input: { list: [1, 2, 1, { a: 1 }, { a: 1 }] }, output: { list: [[1, 2, { a: 1 }]] } }],
  *run({ list }) {
    const kept: unknown[] = [];
    for (const item of list) if (!kept.some((k) => isDeepStrictEqual(k, item))) kept.push(item);
    yield ['list', kept];
  },
});
