import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listCreate = defineBlock({
  id: 'list.create',
  name: 'Create List',
  description: 'Builds a list; link items[0], items[1], … to gather values from several outputs, in index order.',
  categories: ['list'],
  input: z.object({ items: z.array(z.unknown()).default([]).describe('The elements, in order.') }),
  output: z.object({ list: z.array(z.unknown()) }),
  examples: [{ name: 'returns the items', input: { items: [1, 'two', { three: 3 }] }, output: { list: [[1, 'two', { three: 3 }]] } }],
  *run({ items }) {
    yield ['list', items];
  },
});
