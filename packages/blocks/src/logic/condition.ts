import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { COMPARISONS, OPERATORS } from '../shared/compare.ts';

export const logicCondition = defineBlock({
  id: 'logic.condition',
  name: 'Condition',
  description: 'Compares value1 with value2 and routes: yes when true, no when false.',
  categories: ['logic'],
  input: z.object({
    value1: z.unknown(),
    operator: z.enum(OPERATORS).default('=='),
    value2: z.unknown(),
    yes_value: z.unknown().optional().describe('Sent on yes; value1 when empty.'),
    no_value: z.unknown().optional().describe('Sent on no; value1 when empty.'),
  }),
  output: z.object({
    result: z.boolean(),
    yes: z.unknown().describe('yes_value (or value1) when the condition holds.'),
    no: z.unknown().describe('no_value (or value1) when it does not.'),
  }),
  examples: [
    { name: 'numbers compare by value', input: { value1: '10', operator: '>', value2: 9 }, output: { result: [true], yes: ['10'] } },
    {
      name: 'routes no with no_value',
      input: { value1: 'cat', operator: '==', value2: 'dog', no_value: 'not a dog' },
      output: { result: [false], no: ['not a dog'] },
    },
    {
      name: 'contains in a list',
      input: { value1: [1, 2, 3], operator: 'contains', value2: 2, yes_value: 'found' },
      output: { result: [true], yes: ['found'] },
    },
  ],
  *run({ value1, operator, value2, yes_value, no_value }) {
    const result = COMPARISONS[operator](value1, value2);
    yield ['result', result];
    if (result) yield ['yes', yes_value === undefined ? value1 : yes_value];
    else yield ['no', no_value === undefined ? value1 : no_value];
  },
});
