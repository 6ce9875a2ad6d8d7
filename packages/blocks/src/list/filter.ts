import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { COMPARISONS, OPERATORS } from '../shared/compare.ts';
import { readPath } from '../shared/read-path.ts';

export const listFilter = defineBlock({
  id: 'list.filter',
  name: 'Filter List',
  description: 'Keeps the items that pass a comparison (on the item, or on a key path of objects); the others come out on rejected.',
  categories: ['list'],
  input: z.object({
    list: z.array(z.unknown()),
    key: z.string().optional().describe('Dotted path to compare in objects, e.g. "price" or "author.name".'),
    operator: z.enum(OPERATORS).default('=='),
    value: z.unknown().describe('What each item (or its key) is compared with.'),
  }),
  output: z.object({ list: z.array(z.unknown()), rejected: z.array(z.unknown()), count: z.number().int() }),
  examples: [
    {
      name: 'keeps numbers over a limit',
      input: { list: [3, 12, '40', 7], operator: '>', value: 10 },
      output: { list: [[12, '40']], rejected: [[3, 7]], count: [2] },
    },
    {
      name: 'filters objects by a key',
      input: {
        list: [
          { n: 'a', tags: ['x'] },
          { n: 'b', tags: ['y'] },
        ],
        key: 'tags',
        operator: 'contains',
        value: 'y',
      },
      output: { list: [[{ n: 'b', tags: ['y'] }]], rejected: [[{ n: 'a', tags: ['x'] }]], count: [1] },
    },
  ],
  *run({ list, key, operator, value }) {
    const passes = (item: unknown) => COMPARISONS[operator](key ? readPath(item, key) : item, value);
    const kept = list.filter(passes);
    yield ['list', kept];
    yield ['rejected', list.filter((item) => !passes(item))];
    yield ['count', kept.length];
  },
});
