import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const dictKeys = defineBlock({
  id: 'dict.keys',
  name: 'Keys and Values',
  description: "An object's keys and values as lists, in the same order.",
  categories: ['dict'],
  input: z.object({ dict: z.record(z.string(), z.unknown()) }),
  output: z.object({ keys: z.array(z.string()), values: z.array(z.unknown()) }),
  examples: [{ name: 'lists keys and values', input: { dict: { a: 1, b: 2 } }, output: { keys: [['a', 'b']], values: [[1, 2]] } }],
  *run({ dict }) {
    yield ['keys', Object.keys(dict)];
    yield ['values', Object.values(dict)];
  },
});
