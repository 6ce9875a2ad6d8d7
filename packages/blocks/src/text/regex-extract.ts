import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { compileRegex } from '../shared/compile-regex.ts';

export const textRegexExtract = defineBlock({
  id: 'text.regex_extract',
  name: 'Extract with Pattern',
  description: 'Extracts the matches of a regular expression (or one capture group of each match).',
  categories: ['text'],
  input: z.object({
    text: z.string(),
    pattern: z.string(),
    group: z
      .union([z.number().int().min(0), z.string()])
      .default(0)
      .describe('Capture group number or name; 0 is the whole match.'),
    all: z.boolean().default(true).describe('Every match, or only the first.'),
  }),
  output: z.object({
    matches: z.array(z.string()).describe('Every extracted text, in order.'),
    first: z.string().describe('The first extracted text, when there is one.'),
  }),
  examples: [
    { name: 'extracts numbers', input: { text: 'a1 b22 c333', pattern: '\\d+' }, output: { matches: [['1', '22', '333']], first: ['1'] } },
    { name: 'extracts a named group', input: { text: 'x=1; y=2', pattern: '(?<key>\\w)=\\d', group: 'key' }, output: { matches: [['x', 'y']], first: ['x'] } },
    { name: 'no match gives an empty list', input: { text: 'abc', pattern: '\\d' }, output: { matches: [[]] } },
  ],
  *run({ text, pattern, group, all }) {
    const regex = compileRegex(pattern, all ? 'gu' : 'u');
    const found = all ? [...text.matchAll(regex)] : [regex.exec(text)].filter((m) => m !== null);
    const matches = found.map((m) => (typeof group === 'number' ? m[group] : m.groups?.[group])).filter((m): m is string => m !== undefined);
    yield ['matches', matches];
    if (matches.length > 0) yield ['first', matches[0]!];
  },
});
