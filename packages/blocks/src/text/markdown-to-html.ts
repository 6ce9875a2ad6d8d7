import { defineBlock } from '@blocksmith/sdk';
import type MarkdownIt from 'markdown-it';
import { z } from 'zod';
import { loadLater } from '../shared/load-later.ts';

const markdownIt = loadLater<typeof MarkdownIt>('markdown-it');
let renderer: InstanceType<typeof MarkdownIt> | undefined;
/** Raw HTML in the markdown is escaped, not passed through: the result is safe to put in a page or an email. */
const markdown = (): InstanceType<typeof MarkdownIt> => (renderer ??= new (markdownIt())({ html: false, linkify: true }));

export const textMarkdownToHtml = defineBlock({
  id: 'text.markdown_to_html',
  name: 'Markdown to HTML',
  description: 'Renders markdown (CommonMark with tables and autolinks) as HTML; HTML inside the markdown is escaped, so the result is safe to show or send.',
  categories: ['text'],
  input: z.object({ markdown: z.string().describe('The markdown.') }),
  output: z.object({ html: z.string() }),
  examples: [
    {
      name: 'renders headings, emphasis and links',
      input: { markdown: '# Hi\n\nSee **https://example.com**.' },
      output: { html: ['<h1>Hi</h1>\n<p>See <strong><a href="https://example.com">https://example.com</a></strong>.</p>\n'] },
    },
    { name: 'escapes raw HTML', input: { markdown: '<script>alert(1)</script>' }, output: { html: ['<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'] } },
  ],
  *run({ markdown: text }) {
    yield ['html', markdown().render(text)];
  },
});
