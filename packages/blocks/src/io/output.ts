import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const outputBlock = defineBlock({
  id: 'output',
  name: 'Output',
  description: "A named result of the agent: every value it receives is collected under its name in the run's outputs.",
  categories: ['io'],
  kind: 'output',
  input: z.object({
    name: z.string().min(1).describe('Name of the result, e.g. "summary".'),
    value: z.unknown().describe('The value to record.'),
  }),
  output: z.object({ output: z.unknown().describe('The same value, to continue the flow.') }),
  examples: [{ name: 'passes the value on', input: { name: 'answer', value: 42 }, output: { output: [42] } }],
  *run({ value }) {
    yield ['output', value];
  },
});
