import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listConcat = defineBlock({
  id: 'list.concat',
  name: 'Concatenate Lists',
  description: 'Joins lists end to end; link lists[0], lists[1], … to join several outputs.',
  categories: ['list'],
  input: z.object({ lists: z.array(z.array(z.unknown())) }),
  output: z.object({ list: z.array(z.unknown()) }),
  examples: [{ name: 'joins lists', input: { lists: [[1, 2], [], [3]] }, output: { list: [[1, 2, 3]] } }],
  *run({ lists }) {
    yield ['list', lists.flat()];
  },
});
