import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const jsonStringify = defineBlock({
  id: 'json.stringify',
  name: 'To JSON',
  description: 'Turns a value into JSON text.',
  categories: ['json'],
  input: z.object({ value: z.unknown(), indent: z.number().int().min(0).max(8).default(0) }),
  output: z.object({ text: z.string() }),
  examples: [
    { name: 'compact', input: { value: { a: [1, 2] } }, output: { text: ['{"a":[1,2]}'] } },
    { name: 'indented', input: { value: { a: 1 }, indent: 2 }, output: { text: ['{\n  "a": 1\n}'] } },
  ],
  *run({ value, indent }) {
    yield ['text', JSON.stringify(value ?? null, null, indent || undefined)];
  },
});
