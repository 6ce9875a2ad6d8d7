import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const dictCreate = defineBlock({
  id: 'dict.create',
  name: 'Create Dictionary',
  description: 'Builds an object; link values.<key> to set keys from several outputs.',
  categories: ['dict'],
  input: z.object({ values: z.record(z.string(), z.unknown()).default({}).describe('Keys and their values.') }),
  output: z.object({ dict: z.record(z.string(), z.unknown()) }),
  examples: [{ name: 'returns the object', input: { values: { city: 'Oslo', temp: 4 } }, output: { dict: [{ city: 'Oslo', temp: 4 }] } }],
  *run({ values }) {
    yield ['dict', values];
  },
});
