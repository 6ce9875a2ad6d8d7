import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const logicBoolean = defineBlock({
  id: 'logic.boolean',
  name: 'Boolean Logic',
  description: 'and, or, xor of two booleans, or not of the first.',
  categories: ['logic'],
  input: z.object({
    a: z.boolean(),
    operation: z.enum(['and', 'or', 'xor', 'not']).default('and'),
    b: z.boolean().default(false).describe('Ignored by not.'),
  }),
  output: z.object({ result: z.boolean() }),
  examples: [
    { name: 'and', input: { a: true, operation: 'and', b: false }, output: { result: [false] } },
    { name: 'xor', input: { a: true, operation: 'xor', b: false }, output: { result: [true] } },
    { name: 'not', input: { a: true, operation: 'not' }, output: { result: [false] } },
  ],
  *run({ a, operation, b }) {
    yield ['result', { and: a && b, or: a || b, xor: a !== b, not: !a }[operation]];
  },
});
