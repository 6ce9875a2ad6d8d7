import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const jsonParse = defineBlock({
  id: 'json.parse',
  name: 'Parse JSON',
  description: 'Parses JSON text into a value.',
  categories: ['json'],
  input: z.object({ text: z.string() }),
  output: z.object({ value: z.unknown() }),
  examples: [
    { name: 'parses an object', input: { text: '{"a":[1,true,null]}' }, output: { value: [{ a: [1, true, null] }] } },
    { name: 'names the problem in bad JSON', input: { text: '{"a":' }, error: 'is not valid JSON' },
  ],
  *run({ text }) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new BlockError('invalid_input', `The text is not valid JSON: ${(error as Error).message}.`);
    }
    yield ['value', value];
  },
});
