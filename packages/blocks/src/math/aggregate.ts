import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const mathAggregate = defineBlock({
  id: 'math.aggregate',
  name: 'Aggregate Numbers',
  description: 'Sum, average, minimum, maximum, product or count of a list of numbers.',
  categories: ['math', 'list'],
  input: z.object({
    values: z.array(z.number()).describe('Numbers; link values[0], values[1], … to gather several outputs.'),
    operation: z.enum(['sum', 'average', 'min', 'max', 'product', 'count']).default('sum'),
  }),
  output: z.object({ result: z.number() }),
  examples: [
    { name: 'sums', input: { values: [1, 2, 3.5] }, output: { result: [6.5] } },
    { name: 'averages', input: { values: [2, 4], operation: 'average' }, output: { result: [3] } },
    { name: 'refuses the max of nothing', input: { values: [], operation: 'max' }, error: 'needs at least one number' },
  ],
  *run({ values, operation }) {
    if (values.length === 0 && ['average', 'min', 'max'].includes(operation)) {
      throw new BlockError('invalid_input', `${operation} needs at least one number; the list is empty.`);
    }
    const sum = values.reduce((s, v) => s + v, 0);
    const result = {
      sum,
      average: sum / values.length,
      min: Math.min(...values),
      max: Math.max(...values),
      product: values.reduce((p, v) => p * v, 1),
      count: values.length,
    }[operation];
    yield ['result', result];
  },
});
