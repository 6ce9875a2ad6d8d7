import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { compileRegex } from '../shared/compile-regex.ts';

export const textRegexMatch = defineBlock({
  id: 'text.regex_match',
  name: 'Match Pattern',
  description: 'Tests text against a regular expression and routes it: positive when it matches, negative otherwise.',
  categories: ['text', 'logic'],
  input: z.object({
    text: z.string(),
    pattern: z.string().describe('Regular expression, without slashes.'),
    case_sensitive: z.boolean().default(true),
  }),
  output: z.object({
    matched: z.boolean(),
    positive: z.string().describe('The text, when it matches.'),
    negative: z.string().describe('The text, when it does not.'),
  }),
  examples: [
    { name: 'routes a match', input: { text: 'order #123', pattern: '#\\d+' }, output: { matched: [true], positive: ['order #123'] } },
    { name: 'routes a miss', input: { text: 'hello', pattern: '^H', case_sensitive: true }, output: { matched: [false], negative: ['hello'] } },
    { name: 'names a bad pattern', input: { text: 'x', pattern: '(' }, error: 'is not a valid regular expression' },
  ],
  *run({ text, pattern, case_sensitive }) {
    const matched = compileRegex(pattern, case_sensitive ? 'u' : 'iu').test(text);
    yield ['matched', matched];
    yield matched ? ['positive', text] : ['negative', text];
  },
});
