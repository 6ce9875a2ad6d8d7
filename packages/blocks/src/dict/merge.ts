import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function deepMerge(target: Dict, source: Dict): Dict {
  const merged: Dict = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = merged[key];
    merged[key] = isDict(existing) && isDict(value) ? deepMerge(existing, value) : value;
  }
  return merged;
}

export const dictMerge = defineBlock({
  id: 'dict.merge',
  name: 'Merge Dictionaries',
  description: 'Merges objects left to right (later keys win); link dicts[0], dicts[1], … to merge several outputs.',
  categories: ['dict'],
  input: z.object({
    dicts: z.array(z.record(z.string(), z.unknown())),
    deep: z.boolean().default(false).describe('Merge nested objects too, instead of replacing them.'),
  }),
  output: z.object({ dict: z.record(z.string(), z.unknown()) }),
  examples: [
    { name: 'later keys win', input: { dicts: [{ a: 1, b: 1 }, { b: 2 }] }, output: { dict: [{ a: 1, b: 2 }] } },
    { name: 'deep merge', input: { dicts: [{ o: { x: 1 } }, { o: { y: 2 } }], deep: true }, output: { dict: [{ o: { x: 1, y: 2 } }] } },
  ],
  *run({ dicts, deep }) {
    yield ['dict', dicts.reduce<Dict>((acc, d) => (deep ? deepMerge(acc, d) : { ...acc, ...d }), {})];
  },
});
