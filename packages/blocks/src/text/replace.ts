import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { compileRegex } from '../shared/compile-regex.ts';

export const textReplace = defineBlock({
  id: 'text.replace',
  name: 'Replace Text',
  description: 'Replaces occurrences of a text (or a regular expression) with another text.',
  categories: ['text'],
  input: z.object({
    text: z.string(),
    find: z.string().min(1).describe('Text to find, or a pattern when regex is on.'),
    replace: z.string().default('').describe('Replacement; with regex, $1 refers to groups.'),
    all: z.boolean().default(true).describe('Replace every occurrence, not only the first.'),
    regex: z.boolean().default(false).describe('Treat find as a regular expression.'),
  }),
  output: z.object({ result: z.string() }),
  examples: [
    { name: 'replaces every occurrence', input: { text: 'a-b-c', find: '-', replace: '+' }, output: { result: ['a+b+c'] } },
    { name: 'replaces the first only', input: { text: 'a-b-c', find: '-', replace: '+', all: false }, output: { result: ['a+b-c'] } },
    {
      name: 'uses regex groups',
      input: { text: '2024-05-06', find: '(\\d+)-(\\d+)-(\\d+)', replace: '$3/$2/$1', regex: true },
      output: { result: ['06/05/2024'] },
    },
  ],
  *run({ text, find, replace, all, regex }) {
    if (regex) {
      yield ['result', text.replace(compileRegex(find, all ? 'g' : ''), replace)];
    } else {
      yield ['result', all ? text.split(find).join(replace) : text.replace(find, () => replace)];
    }
  },
});
