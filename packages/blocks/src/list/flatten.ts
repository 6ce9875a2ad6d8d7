import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listFlatten = defineBlock({
  id: 'list.flatten',
  name: 'Flatten List',
  description: 'Turns a list of lists into one list (one level deep, or all the way down).',
  categories: ['list'],
  input: z.object({ list: z.array(z.unknown()), deep: z.boolean().default(false).describe('Flatten every level, not just the first.') }),
  output: z.object({ list: z.array(z.unknown()) }),
  examples: [
    { name: 'one level', input: { list: [[1, 2], [3, [4]], 5] }, output: { list: [[1, 2, 3, [4], 5]] } },
    { name: 'all the way', input: { list: [[1, [2, [3]]]], deep: true }, output: { list: [[1, 2, 3]] } },
  ],
  *run({ list, deep }) {
    yield ['list', list.flat(deep ? Infinity : 1)];
  },
});
