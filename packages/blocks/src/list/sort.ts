import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { compareValues } from '../shared/compare.ts';
import { readPath } from '../shared/read-path.ts';

export const listSort = defineBlock({
  id: 'list.sort',
  name: 'Sort List',
  description: 'Sorts a list: numbers by value, text alphabetically; objects by a key path. Stable.',
  categories: ['list'],
  input: z.object({
    list: z.array(z.unknown()),
    key: z.string().optional().describe('Dotted path to sort objects by, e.g. "price".'),
    descending: z.boolean().default(false),
  }),
  output: z.object({ list: z.array(z.unknown()) }),
  examples: [
    { name: 'sorts numbers by value', input: { list: [10, 9, 100] }, output: { list: [[9, 10, 100]] } },
    {
      name: 'sorts objects by key, descending',
      input: {
        list: [
          { n: 'a', p: 2 },
          { n: 'b', p: 5 },
        ],
        key: 'p',
        descending: true,
      },
      output: {
        list: [
          [
            { n: 'b', p: 5 },
            { n: 'a', p: 2 },
          ],
        ],
      },
    },
  ],
  *run({ list, key, descending }) {
    const pick = (v: unknown): unknown => (key ? readPath(v, key) : v);
    const sign = descending ? -1 : 1;
    yield ['list', [...list].sort((x, y) => sign * compareValues(pick(x), pick(y)))];
  },
});
