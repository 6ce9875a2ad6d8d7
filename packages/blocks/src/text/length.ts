import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { graphemes } from '../shared/graphemes.ts';

export const textLength = defineBlock({
  id: 'text.length',
  name: 'Text Length',
  description: 'Counts characters as people see them (an emoji or accented letter is one), words, and UTF-8 bytes.',
  categories: ['text'],
  input: z.object({ text: z.string() }),
  output: z.object({ length: z.number().int(), words: z.number().int(), bytes: z.number().int() }),
  examples: [
    { name: 'counts ascii', input: { text: 'hello world' }, output: { length: [11], words: [2], bytes: [11] } },
    { name: 'counts emoji and accents as one', input: { text: 'café 👍🏽' }, output: { length: [6], words: [2], bytes: [14] } },
  ],
  *run({ text }) {
    yield ['length', graphemes(text).length];
    yield ['words', text.trim() === '' ? 0 : text.trim().split(/\s+/u).length];
    yield ['bytes', Buffer.byteLength(text, 'utf8')];
  },
});
