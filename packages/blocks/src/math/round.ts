import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const mathRound = defineBlock({
  id: 'math.round',
  name: 'Round Number',
  description: 'Rounds a number to a number of decimals (round, floor, ceil or truncate).',
  categories: ['math'],
  input: z.object({
    value: z.number(),
    decimals: z.number().int().min(0).max(15).default(0),
    mode: z.enum(['round', 'floor', 'ceil', 'trunc']).default('round'),
  }),
  output: z.object({ result: z.number() }),
  examples: [
    { name: 'rounds half up', input: { value: 2.345, decimals: 2 }, output: { result: [2.35] } },
    { name: 'floors', input: { value: -1.5, mode: 'floor' }, output: { result: [-2] } },
  ],
  *run({ value, decimals, mode }) {
    const scale = 10 ** decimals;
    // Number.EPSILON corrects binary representation so 2.345 rounds to 2.35, not 2.34.
    const scaled = value * scale * (1 + Math.sign(value) * Number.EPSILON);
    yield ['result', Math[mode](scaled) / scale];
  },
});
