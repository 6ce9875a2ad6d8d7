import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const textSplit = defineBlock({
  id: 'text.split',
  name: 'Split Text',
  description: 'Splits text into a list at every separator.',
  categories: ['text'],
  input: z.object({
    text: z.string(),
    separator: z.string().default('\n').describe('Where to split; empty splits into characters.'),
    trim: z.boolean().default(false).describe('Trim whitespace around each part.'),
    drop_empty: z.boolean().default(false).describe('Leave out empty parts.'),
  }),
  output: z.object({ parts: z.array(z.string()) }),
  examples: [
    { name: 'splits lines', input: { text: 'a\nb\nc' }, output: { parts: [['a', 'b', 'c']] } },
    { name: 'trims and drops empties', input: { text: ' x , ,y ', separator: ',', trim: true, drop_empty: true }, output: { parts: [['x', 'y']] } },
  ],
  *run({ text, separator, trim, drop_empty }) {
    let parts = separator === '' ? Array.from(text) : text.split(separator);
    if (trim) parts = parts.map((p) => p.trim());
    if (drop_empty) parts = parts.filter((p) => p !== '');
    yield ['parts', parts];
  },
});
