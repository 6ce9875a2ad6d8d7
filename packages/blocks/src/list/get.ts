import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listGet = defineBlock({
  id: 'list.get',
  name: 'Get List Item',
  description: 'The element at an index; negative indexes count from the end (-1 is the last).',
  categories: ['list'],
  input: z.object({ list: z.array(z.unknown()), index: z.number().int().default(0) }),
  output: z.object({ item: z.unknown() }),
  examples: [
    { name: 'gets by index', input: { list: ['a', 'b', 'c'], index: 1 }, output: { item: ['b'] } },
    { name: 'counts from the end', input: { list: ['a', 'b', 'c'], index: -1 }, output: { item: ['c'] } },
    { name: 'names an index out of range', input: { list: ['a'], index: 3 }, error: 'Index 3 is out of range' },
  ],
  *run({ list, index }) {
    const position = index < 0 ? list.length + index : index;
    if (position < 0 || position >= list.length) {
      throw new BlockError('invalid_input', `Index ${index} is out of range for a list of ${list.length} item(s).`);
    }
    yield ['item', list[position]];
  },
});
