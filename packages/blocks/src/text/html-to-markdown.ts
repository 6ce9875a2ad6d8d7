import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { htmlToMarkdown } from '../shared/html-to-markdown.ts';

export const textHtmlToMarkdown = defineBlock({
  id: 'text.html_to_markdown',
  name: 'HTML to Markdown',
  description: 'Turns HTML (an email, a page fragment) into Markdown: headings, lists, links, emphasis and code kept; scripts and styles dropped.',
  categories: ['text'],
  input: z.object({ html: z.string() }),
  output: z.object({ markdown: z.string() }),
  examples: [
    {
      name: 'keeps structure and links',
      input: { html: '<h2>Release</h2><ul><li><b>Faster</b> saves</li><li>See <a href="https://ex.test/notes">notes</a></li></ul><script>x()</script>' },
      output: { markdown: ['## Release\n\n-   **Faster** saves\n-   See [notes](https://ex.test/notes)'] },
    },
  ],
  *run({ html }) {
    yield ['markdown', htmlToMarkdown(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ''))];
  },
});
