import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { pageInputs, pageSource } from './page-source.ts';

export const webExtractLinks = defineBlock({
  id: 'web.extract_links',
  name: 'Extract Links and Metadata',
  description:
    'Fetches a web page (or takes its HTML) and puts out its links (absolute, with their text, each once) and its metadata: title, description, canonical URL, language and Open Graph tags.',
  categories: ['web'],
  input: z.object({ ...pageInputs, base_url: z.url().optional().describe('Resolves relative links of given HTML; a fetched page uses its own address.') }),
  output: z.object({
    links: z.array(z.object({ url: z.string(), text: z.string() })),
    metadata: z.object({
      title: z.string(),
      description: z.string(),
      canonical: z.string(),
      language: z.string(),
      openGraph: z.record(z.string(), z.string()),
    }),
  }),
  timeoutMs: 60_000,
  examples: [
    {
      name: 'resolves links against the base URL and reads the metadata',
      input: {
        html: '<html lang="en"><head><title>Blog</title><meta name="description" content="Notes"><link rel="canonical" href="https://ex.test/blog"><meta property="og:image" content="https://ex.test/c.png"></head><body><a href="/a">First</a> <a href="https://other.test/b"> Second </a> <a href="/a">again</a> <a href="#top">top</a> <a href="mailto:x@ex.test">mail</a></body></html>',
        base_url: 'https://ex.test/blog/',
      },
      output: {
        links: [
          [
            { url: 'https://ex.test/a', text: 'First' },
            { url: 'https://other.test/b', text: 'Second' },
          ],
        ],
        metadata: [
          { title: 'Blog', description: 'Notes', canonical: 'https://ex.test/blog', language: 'en', openGraph: { 'og:image': 'https://ex.test/c.png' } },
        ],
      },
    },
  ],
  async *run(input, ctx) {
    const { document, url } = await pageSource(input, ctx);
    const base = url ?? input.base_url;
    const links = new Map<string, string>();
    for (const anchor of document.querySelectorAll('a[href]')) {
      const href = anchor.getAttribute('href') ?? '';
      let absolute: URL;
      try {
        absolute = new URL(href, base);
      } catch {
        continue;
      }
      if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') continue;
      absolute.hash = '';
      if (base !== undefined && absolute.href === new URL(base).href) continue;
      if (!links.has(absolute.href)) links.set(absolute.href, (anchor.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? '';
    const openGraph: Record<string, string> = {};
    for (const tag of document.querySelectorAll('meta[property^="og:"]')) openGraph[tag.getAttribute('property')!] = tag.getAttribute('content') ?? '';
    yield ['links', [...links].map(([href, text]) => ({ url: href, text }))];
    yield [
      'metadata',
      {
        title: (document.title ?? '').trim(),
        description: meta('meta[name="description"]'),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        language: document.documentElement?.getAttribute('lang') ?? '',
        openGraph,
      },
    ];
  },
});
