import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const inputBlock = defineBlock({
  id: 'input',
  name: 'Input',
  description: 'A named input of the agent: receives the run input of that name, or its default value.',
  categories: ['io'],
  kind: 'input',
  input: z.object({
    name: z.string().min(1).describe('Name the run input is given by, e.g. "topic".'),
    value: z.unknown().optional().describe('Default used when the run gives no value.'),
    description: z.string().optional().describe('Shown to whoever starts the run.'),
  }),
  output: z.object({ result: z.unknown().describe('The run input, or the default.') }),
  examples: [{ name: 'emits its default value', input: { name: 'topic', value: 'otters' }, output: { result: ['otters'] } }],
  *run({ value }) {
    yield ['result', value];
  },
});
