import { BlockError, defineBlock } from '@blocksmith/sdk';
import type jsonata from 'jsonata';
import { z } from 'zod';
import { loadLater } from '../shared/load-later.ts';

const loadJsonata = loadLater<typeof jsonata>('jsonata');

export const jsonQuery = defineBlock({
  id: 'json.query',
  name: 'Query JSON',
  description: 'Evaluates a JSONata expression against a value: select, filter, map and aggregate data.',
  categories: ['json'],
  input: z.object({
    data: z.unknown(),
    expression: z.string().min(1).describe('JSONata expression, e.g. "orders[price > 10].name".'),
  }),
  output: z.object({
    result: z.unknown().describe('The result; null when nothing matched.'),
    found: z.boolean(),
  }),
  examples: [
    {
      name: 'filters and maps',
      input: {
        data: {
          orders: [
            { name: 'a', price: 5 },
            { name: 'b', price: 20 },
            { name: 'c', price: 30 },
          ],
        },
        expression: 'orders[price > 10].name',
      },
      output: { result: [['b', 'c']], found: [true] },
    },
    { name: 'aggregates', input: { data: { xs: [1, 2, 3] }, expression: '$sum(xs)' }, output: { result: [6], found: [true] } },
    { name: 'nothing matched', input: { data: { a: 1 }, expression: 'b' }, output: { result: [null], found: [false] } },
    { name: 'names a bad expression', input: { data: {}, expression: 'a[' }, error: 'Invalid JSONata expression' },
  ],
  async *run({ data, expression }) {
    let compiled: ReturnType<typeof jsonata>;
    try {
      compiled = loadJsonata()(expression);
    } catch (error) {
      throw new BlockError('invalid_input', `Invalid JSONata expression "${expression}": ${(error as Error).message}.`);
    }
    const result: unknown = await compiled.evaluate(data);
    // Plain JSON drops JSONata's internal sequence markers so downstream sees ordinary values.
    yield ['result', result === undefined ? null : JSON.parse(JSON.stringify(result))];
    yield ['found', result !== undefined];
  },
});
