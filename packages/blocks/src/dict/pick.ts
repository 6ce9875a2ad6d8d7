import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const dictPick = defineBlock({
  id: 'dict.pick',
  name: 'Pick Keys',
  description: 'Keeps only some keys of an object (or drops them, with omit) — e.g. to send an API only what it needs.',
  categories: ['dict'],
  input: z.object({
    object: z.record(z.string(), z.unknown()),
    keys: z.array(z.string()),
    omit: z.boolean().default(false).describe('Drop these keys and keep the rest.'),
  }),
  output: z.object({ object: z.record(z.string(), z.unknown()) }),
  examples: [
    { name: 'picks keys', input: { object: { id: 1, name: 'Ada', password: 'x' }, keys: ['id', 'name', 'age'] }, output: { object: [{ id: 1, name: 'Ada' }] } },
    {
      name: 'omits keys',
      input: { object: { id: 1, name: 'Ada', password: 'x' }, keys: ['password'], omit: true },
      output: { object: [{ id: 1, name: 'Ada' }] },
    },
  ],
  *run({ object, keys, omit }) {
    const wanted = new Set(keys);
    yield ['object', Object.fromEntries(Object.entries(object).filter(([key]) => wanted.has(key) !== omit))];
  },
});
