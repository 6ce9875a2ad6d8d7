import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { readPath } from '../shared/read-path.ts';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

export const textTemplate = defineBlock({
  id: 'text.template',
  name: 'Text Template',
  description: 'Fills {{name}} placeholders (dotted paths allowed, e.g. {{user.name}}) with values.',
  categories: ['text'],
  input: z.object({
    template: z.string().describe('Text with {{placeholders}}.'),
    values: z.record(z.string(), z.unknown()).default({}).describe('Values by placeholder name.'),
  }),
  output: z.object({ result: z.string() }),
  examples: [
    {
      name: 'fills placeholders',
      input: { template: 'Hello {{name}}, you are {{ age }}!', values: { name: 'Ada', age: 36 } },
      output: { result: ['Hello Ada, you are 36!'] },
    },
    {
      name: 'reads dotted paths and objects',
      input: { template: '{{user.name}}: {{tags}}', values: { user: { name: 'Bo' }, tags: ['a', 'b'] } },
      output: { result: ['Bo: ["a","b"]'] },
    },
    { name: 'names a missing value', input: { template: 'Hi {{who}}', values: {} }, error: 'Placeholder {{who}} has no value' },
  ],
  *run({ template, values }) {
    const result = template.replace(PLACEHOLDER, (_, path: string) => {
      const value = readPath(values, path);
      if (value === undefined) {
        throw new BlockError('invalid_input', `Placeholder {{${path}}} has no value: add "${path.split('.')[0]}" to values.`);
      }
      return typeof value === 'string' ? value : JSON.stringify(value);
    });
    yield ['result', result];
  },
});
