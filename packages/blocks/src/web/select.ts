import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { pageInputs, pageSource } from './page-source.ts';

const MAX_MATCHES = 10_000;

export const webSelect = defineBlock({
  id: 'web.select',
  name: 'Select from HTML',
  description:
    'Fetches a web page (or takes its HTML) and puts out what a CSS selector matches: each element’s text, or an attribute of it (href, src…), or its HTML.',
  categories: ['web', 'text'],
  input: z.object({
    ...pageInputs,
    selector: z.string().min(1).max(1000).describe('A CSS selector, e.g. "article h2 a" or "table.prices td:nth-child(2)".'),
    take: z.enum(['text', 'attribute', 'html']).default('text'),
    attribute: z.string().optional().describe('The attribute to take, when take is attribute; links are made absolute.'),
  }),
  output: z.object({ values: z.array(z.string()), count: z.number().int() }),
  timeoutMs: 60_000,
  examples: [
    {
      name: 'takes the text of each match',
      input: { html: '<ul><li class="p"> Tea <b>2</b></li><li class="p">Cake</li><li>Other</li></ul>', selector: 'li.p' },
      output: { values: [['Tea 2', 'Cake']], count: [2] },
    },
    {
      name: 'takes an attribute of each match that has it',
      input: { html: '<a href="/a">A</a><a href="https://x.test/b">B</a><a>none</a>', selector: 'a', take: 'attribute', attribute: 'href' },
      output: { values: [['/a', 'https://x.test/b']], count: [2] },
    },
    { name: 'names a selector it cannot read', input: { html: '<p>x</p>', selector: 'p[' }, error: 'is not a CSS selector' },
    { name: 'needs the attribute to take', input: { html: '<p>x</p>', selector: 'p', take: 'attribute' }, error: 'Name the attribute to take' },
  ],
  async *run(input, ctx) {
    const { selector, take, attribute } = input;
    if (take === 'attribute' && !attribute) throw new BlockError('invalid_input', 'Name the attribute to take, e.g. href.', { retriable: false });
    const { document, url } = await pageSource(input, ctx);
    let matches: ReturnType<typeof document.querySelectorAll>;
    try {
      matches = document.querySelectorAll(selector);
    } catch (error) {
      throw new BlockError('invalid_input', `"${selector}" is not a CSS selector this block can read: ${(error as Error).message}.`, { retriable: false });
    }
    const values: string[] = [];
    for (const element of [...matches].slice(0, MAX_MATCHES)) {
      if (take === 'html') values.push(element.outerHTML);
      else if (take === 'text') values.push((element.textContent ?? '').replace(/\s+/g, ' ').trim());
      else {
        const value = element.getAttribute(attribute!);
        if (value === null) continue;
        // A fetched page's links and sources are made absolute: relative ones mean nothing away from it.
        values.push(url && (attribute === 'href' || attribute === 'src') ? new URL(value, url).href : value);
      }
    }
    yield ['values', values];
    yield ['count', values.length];
  },
});
