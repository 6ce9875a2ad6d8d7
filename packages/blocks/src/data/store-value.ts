import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const dataStoreValue = defineBlock({
  id: 'data.store_value',
  name: 'Store Value',
  description: 'Holds a value for reuse: its output links are static, so every later run downstream gets it. Emits data, or input when data is empty.',
  categories: ['data'],
  staticOutput: true,
  input: z.object({
    input: z.unknown().describe('Trigger; also the value kept when data is empty.'),
    data: z.unknown().optional().describe('The value to keep.'),
  }),
  output: z.object({ output: z.unknown() }),
  examples: [
    { name: 'keeps data', input: { input: 'trigger', data: { model: 'small' } }, output: { output: [{ model: 'small' }] } },
    { name: 'keeps input when data is empty', input: { input: 5 }, output: { output: [5] } },
  ],
  *run({ input, data }) {
    yield ['output', data === undefined ? input : data];
  },
});
