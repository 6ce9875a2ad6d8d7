import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const textSlugify = defineBlock({
  id: 'text.slugify',
  name: 'Slugify',
  description: 'Turns a title into a URL or file name part: lower case, accents dropped, words joined by "-".',
  categories: ['text'],
  input: z.object({ text: z.string(), separator: z.enum(['-', '_']).default('-'), max_length: z.number().int().min(1).max(500).default(80) }),
  output: z.object({ slug: z.string() }),
  examples: [
    { name: 'slugifies a title', input: { text: '  Crème Brûlée: 10 Tips & Tricks!  ' }, output: { slug: ['creme-brulee-10-tips-tricks'] } },
    { name: 'cuts at a word', input: { text: 'One two three', separator: '_', max_length: 8 }, output: { slug: ['one_two'] } },
  ],
  *run({ text, separator, max_length }) {
    const words =
      text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .match(/[a-z0-9]+/g) ?? [];
    let slug = '';
    for (const word of words) {
      const next = slug ? `${slug}${separator}${word}` : word;
      if (next.length > max_length) break;
      slug = next;
    }
    yield ['slug', slug || words[0]?.slice(0, max_length) || ''];
  },
});
