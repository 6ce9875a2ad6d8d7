import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listSlice = defineBlock({
  id: 'list.slice',
  name: 'Slice List',
  description: 'The elements from start (inclusive) to end (exclusive); negative positions count from the end.',
  categories: ['list'],
  input: z.object({
    list: z.array(z.unknown()),
    start: z.number().int().default(0),
    end: z.number().int().optional().describe('Up to the end when empty.'),
  }),
  output: z.object({ list: z.array(z.unknown()) }),
  examples: [
    { name: 'takes the first two', input: { list: [1, 2, 3, 4], end: 2 }, output: { list: [[1, 2]] } },
    { name: 'takes the last two', input: { list: [1, 2, 3, 4], start: -2 }, output: { list: [[3, 4]] } },
  ],
  *run({ list, start, end }) {
    yield ['list', list.slice(start, end)];
  },
});
