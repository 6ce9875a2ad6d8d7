import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listLength = defineBlock({
  id: 'list.length',
  name: 'List Length',
  description: 'How many elements a list has.',
  categories: ['list'],
  input: z.object({ list: z.array(z.unknown()) }),
  output: z.object({ length: z.number().int() }),
  examples: [{ name: 'counts elements', input: { list: [1, 2, 3] }, output: { length: [3] } }],
  *run({ list }) {
    yield ['length', list.length];
  },
});
