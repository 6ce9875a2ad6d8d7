import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

function convert(value: unknown, to: 'string' | 'number' | 'boolean' | 'list' | 'object'): unknown {
  switch (to) {
    case 'string':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'number': {
      const number = typeof value === 'string' ? Number(value.trim()) : Number(value);
      if (value === '' || value === null || !Number.isFinite(number))
        throw new BlockError('invalid_input', `Cannot convert ${JSON.stringify(value)} to a number.`);
      return number;
    }
    case 'boolean':
      if (typeof value === 'string') return !['', 'false', '0', 'no', 'off'].includes(value.trim().toLowerCase());
      return Boolean(value);
    case 'list':
      if (Array.isArray(value)) return value;
      if (typeof value === 'string' && value.trim().startsWith('[')) return parseAs(value, Array.isArray, 'list');
      return value === null || value === undefined ? [] : [value];
    case 'object':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
      if (typeof value === 'string') return parseAs(value, (v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'object');
      throw new BlockError('invalid_input', `Cannot convert ${JSON.stringify(value)} to an object.`);
  }
}

function parseAs(text: string, accept: (v: unknown) => boolean, name: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    if (accept(parsed)) return parsed;
  } catch {
    // Falls through to the error below, which names the value.
  }
  throw new BlockError('invalid_input', `Cannot convert ${JSON.stringify(text)} to a ${name}: expected JSON of a ${name}.`);
}

export const dataConvert = defineBlock({
  id: 'data.convert',
  name: 'Convert Type',
  description: 'Converts a value to text, number, boolean, list or object.',
  categories: ['data'],
  input: z.object({ value: z.unknown(), to: z.enum(['string', 'number', 'boolean', 'list', 'object']) }),
  output: z.object({ result: z.unknown() }),
  examples: [
    { name: 'text to number', input: { value: ' 42.5 ', to: 'number' }, output: { result: [42.5] } },
    { name: 'object to text', input: { value: { a: 1 }, to: 'string' }, output: { result: ['{"a":1}'] } },
    { name: 'text to boolean', input: { value: 'no', to: 'boolean' }, output: { result: [false] } },
    { name: 'JSON text to list', input: { value: '[1,2]', to: 'list' }, output: { result: [[1, 2]] } },
    { name: 'names what cannot convert', input: { value: 'abc', to: 'number' }, error: 'Cannot convert "abc" to a number' },
  ],
  *run({ value, to }) {
    yield ['result', convert(value, to)];
  },
});
