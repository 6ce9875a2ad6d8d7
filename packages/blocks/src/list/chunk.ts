import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const listChunk = defineBlock({
  id: 'list.chunk',
  name: 'Chunk List',
  description: 'Splits a list into batches of a size (the last may be shorter) — e.g. 100 rows per API call.',
  categories: ['list'],
  input: z.object({ list: z.array(z.unknown()), size: z.number().int().min(1).max(100_000) }),
  output: z.object({ chunks: z.array(z.array(z.unknown())) }),
  examples: [{ name: 'batches by three', input: { list: [1, 2, 3, 4, 5, 6, 7], size: 3 }, output: { chunks: [[[1, 2, 3], [4, 5, 6], [7]]] } }],
  *run({ list, size }) {
    yield ['chunks', Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))];
  },
});
