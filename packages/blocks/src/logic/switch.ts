import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { looselyEqual } from '../shared/compare.ts';

const CASES = ['a', 'b', 'c', 'd'] as const;

export const logicSwitch = defineBlock({
  id: 'logic.switch',
  name: 'Switch',
  description: 'Routes a value to the first case it equals (a, b, c or d), or to default when none does.',
  categories: ['logic'],
  input: z.object({
    value: z.unknown().describe('The value to route.'),
    case_a: z.unknown().optional(),
    case_b: z.unknown().optional(),
    case_c: z.unknown().optional(),
    case_d: z.unknown().optional(),
  }),
  output: z.object({
    a: z.unknown(),
    b: z.unknown(),
    c: z.unknown(),
    d: z.unknown(),
    default: z.unknown().describe('The value, when no case matched.'),
    matched: z.string().describe('Name of the output taken.'),
  }),
  examples: [
    { name: 'routes to the matching case', input: { value: 'red', case_a: 'green', case_b: 'red' }, output: { matched: ['b'], b: ['red'] } },
    { name: 'falls back to default', input: { value: 7, case_a: 1 }, output: { matched: ['default'], default: [7] } },
  ],
  *run(input) {
    const taken = CASES.find((name) => input[`case_${name}`] !== undefined && looselyEqual(input.value, input[`case_${name}`])) ?? 'default';
    yield ['matched', taken];
    yield [taken, input.value];
  },
});
