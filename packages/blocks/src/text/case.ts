import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);

const converters = {
  upper: (t: string) => t.toUpperCase(),
  lower: (t: string) => t.toLowerCase(),
  title: (t: string) => t.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
  sentence: (t: string) => t.charAt(0).toUpperCase() + t.slice(1).toLowerCase(),
  snake: (t: string) =>
    words(t)
      .map((w) => w.toLowerCase())
      .join('_'),
  kebab: (t: string) =>
    words(t)
      .map((w) => w.toLowerCase())
      .join('-'),
  camel: (t: string) =>
    words(t)
      .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
      .join(''),
} as const;

export const textCase = defineBlock({
  id: 'text.case',
  name: 'Change Case',
  description: 'Converts text to upper, lower, title, sentence, snake_case, kebab-case or camelCase.',
  categories: ['text'],
  input: z.object({
    text: z.string(),
    mode: z.enum(['upper', 'lower', 'title', 'sentence', 'snake', 'kebab', 'camel']).default('upper'),
  }),
  output: z.object({ result: z.string() }),
  examples: [
    { name: 'upper', input: { text: 'straße', mode: 'upper' }, output: { result: ['STRASSE'] } },
    { name: 'title', input: { text: 'the quick fox', mode: 'title' }, output: { result: ['The Quick Fox'] } },
    { name: 'snake from camel', input: { text: 'userFirstName', mode: 'snake' }, output: { result: ['user_first_name'] } },
    { name: 'camel from words', input: { text: 'Hello big world', mode: 'camel' }, output: { result: ['helloBigWorld'] } },
  ],
  *run({ text, mode }) {
    yield ['result', converters[mode](text)];
  },
});
