import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listForEach = defineBlock({
  id: 'list.for_each',
  name: 'For Each',
  description: 'Yields every item of a list with its index, in order, then the count: each item runs the blocks downstream once.',
  categories: ['list', 'logic'],
  input: z.object({ items: z.array(z.unknown()).describe('The list to iterate.') }),
  output: z.object({
    item: z.unknown().describe('One element, once per element.'),
    index: z.number().int().describe('Position of that element, from 0.'),
    count: z.number().int().describe('How many items there were, after the last one.'),
  }),
  examples: [
    { name: 'iterates in order', input: { items: ['a', 'b'] }, output: { item: ['a', 'b'], index: [0, 1], count: [2] } },
    { name: 'an empty list yields only the count', input: { items: [] }, output: { count: [0] } },
  ],
  *run({ items }) {
    for (const [index, item] of items.entries()) {
      yield ['item', item];
      yield ['index', index];
    }
    yield ['count', items.length];
  },
});
