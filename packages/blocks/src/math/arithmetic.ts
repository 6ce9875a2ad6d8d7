import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

const operations = {
  add: (a: number, b: number) => a + b,
  subtract: (a: number, b: number) => a - b,
  multiply: (a: number, b: number) => a * b,
  divide: (a: number, b: number) => a / b,
  power: (a: number, b: number) => a ** b,
  modulo: (a: number, b: number) => a % b,
} as const;

export const mathArithmetic = defineBlock({
  id: 'math.arithmetic',
  name: 'Arithmetic',
  description: 'Computes a op b for add, subtract, multiply, divide, power or modulo.',
  categories: ['math'],
  input: z.object({
    a: z.number(),
    operation: z.enum(['add', 'subtract', 'multiply', 'divide', 'power', 'modulo']).default('add'),
    b: z.number(),
  }),
  output: z.object({ result: z.number() }),
  examples: [
    { name: 'adds', input: { a: 2, operation: 'add', b: 3 }, output: { result: [5] } },
    { name: 'divides', input: { a: 7, operation: 'divide', b: 2 }, output: { result: [3.5] } },
    { name: 'powers', input: { a: 2, operation: 'power', b: 10 }, output: { result: [1024] } },
    { name: 'modulo', input: { a: 7, operation: 'modulo', b: 3 }, output: { result: [1] } },
    { name: 'refuses division by zero', input: { a: 1, operation: 'divide', b: 0 }, error: 'Division by zero' },
  ],
  *run({ a, operation, b }) {
    if ((operation === 'divide' || operation === 'modulo') && b === 0) {
      throw new BlockError('invalid_input', `Division by zero: ${operation} needs a non-zero b.`);
    }
    const result = operations[operation](a, b);
    if (!Number.isFinite(result)) {
      throw new BlockError('invalid_input', `${a} ${operation} ${b} has no finite result.`);
    }
    yield ['result', result];
  },
});
