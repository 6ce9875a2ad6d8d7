import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const textCombine = defineBlock({
  id: 'text.combine',
  name: 'Combine Texts',
  description: 'Joins texts in order with a separator. Link texts[0], texts[1], … to combine several outputs.',
  categories: ['text'],
  input: z.object({
    texts: z.array(z.string()).describe('Texts to join, in order.'),
    separator: z.string().default('').describe('Placed between texts.'),
  }),
  output: z.object({ result: z.string() }),
  examples: [{ name: 'joins with a separator', input: { texts: ['a', 'b', 'c'], separator: ', ' }, output: { result: ['a, b, c'] } }],
  *run({ texts, separator }) {
    yield ['result', texts.join(separator)];
  },
});
