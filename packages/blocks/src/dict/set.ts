import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const dictSet = defineBlock({
  id: 'dict.set',
  name: 'Set Value',
  description: 'Returns a copy of the object with one key set.',
  categories: ['dict'],
  input: z.object({
    dict: z.record(z.string(), z.unknown()).default({}),
    key: z.string().min(1),
    value: z.unknown(),
  }),
  output: z.object({ dict: z.record(z.string(), z.unknown()) }),
  examples: [{ name: 'adds a key', input: { dict: { a: 1 }, key: 'b', value: 2 }, output: { dict: [{ a: 1, b: 2 }] } }],
  *run({ dict, key, value }) {
    yield ['dict', { ...dict, [key]: value }];
  },
});
