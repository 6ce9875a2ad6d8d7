import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { readableArticle } from '../shared/readable-article.ts';
import { pageInputs, pageSource } from './page-source.ts';

export const webReadPage = defineBlock({
  id: 'web.read_page',
  name: 'Read Web Page',
  description:
    'Fetches a web page (or takes its HTML) and puts out its readable content as markdown — the article, without navigation, ads and scripts — with its title, byline and excerpt. Made for feeding pages to a model.',
  categories: ['web'],
  input: z.object(pageInputs),
  output: z.object({
    markdown: z.string().describe('The readable content as markdown.'),
    title: z.string(),
    byline: z.string().describe('The author, when the page says.'),
    excerpt: z.string().describe('A short summary, when the page gives one.'),
    url: z.string().describe('Where the page was read from, after redirects (empty for given HTML).'),
  }),
  timeoutMs: 60_000,
  examples: [
    {
      name: 'keeps the article, drops the navigation',
      input: {
        html: '<html><head><title>Compost guide</title></head><body><nav><a href="/">Home</a> | <a href="/shop">Shop</a></nav><article><h1>Compost at home</h1><p>Compost turns kitchen scraps into soil. Mix greens and browns, keep it moist, and turn it weekly; in two months it is ready for the garden.</p><p>Avoid meat and dairy: they smell and draw pests. Coffee grounds, eggshells and leaves are all welcome in the heap.</p></article><footer>© 2026</footer></body></html>',
      },
      output: {
        markdown: [
          '## Compost at home\n\nCompost turns kitchen scraps into soil. Mix greens and browns, keep it moist, and turn it weekly; in two months it is ready for the garden.\n\nAvoid meat and dairy: they smell and draw pests. Coffee grounds, eggshells and leaves are all welcome in the heap.',
        ],
        title: ['Compost guide'],
        byline: [''],
        excerpt: [
          'Compost turns kitchen scraps into soil. Mix greens and browns, keep it moist, and turn it weekly; in two months it is ready for the garden.',
        ],
        url: [''],
      },
    },
    { name: 'needs a page', input: {}, error: 'Give either url or html' },
    { name: 'keeps to the address policy', input: { url: 'http://127.0.0.1:9/' }, error: 'Refused to connect to 127.0.0.1' },
  ],
  async *run(input, ctx) {
    const { document, url } = await pageSource(input, ctx);
    const article = readableArticle(document);
    yield ['markdown', article.markdown];
    yield ['title', article.title];
    yield ['byline', article.byline];
    yield ['excerpt', article.excerpt];
    yield ['url', url ?? ''];
  },
});
