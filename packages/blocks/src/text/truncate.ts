import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { graphemes } from '../shared/graphemes.ts';

export const textTruncate = defineBlock({
  id: 'text.truncate',
  name: 'Trim and Truncate',
  description: 'Trims surrounding whitespace and cuts text to a maximum length without splitting a character.',
  categories: ['text'],
  input: z.object({
    text: z.string(),
    max_length: z.number().int().min(0).optional().describe('Maximum characters kept; unlimited when empty.'),
    ellipsis: z.string().default('…').describe('Appended when the text was cut.'),
  }),
  output: z.object({ result: z.string(), truncated: z.boolean() }),
  examples: [
    { name: 'trims', input: { text: '  hi  ' }, output: { result: ['hi'], truncated: [false] } },
    { name: 'cuts on graphemes', input: { text: '👍🏽👍🏽👍🏽', max_length: 2, ellipsis: '' }, output: { result: ['👍🏽👍🏽'], truncated: [true] } },
  ],
  *run({ text, max_length, ellipsis }) {
    const chars = graphemes(text.trim());
    const truncated = max_length !== undefined && chars.length > max_length;
    yield ['result', truncated ? chars.slice(0, max_length).join('') + ellipsis : chars.join('')];
    yield ['truncated', truncated];
  },
});
