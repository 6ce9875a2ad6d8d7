import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';
import { pdfPages } from './pdf-pages.ts';

export const filePdfToText = defineBlock({
  id: 'file.pdf_to_text',
  name: 'PDF to Text',
  description: 'Reads the text of a PDF (an upload or an artifact), page by page; scanned pages without a text layer come out empty.',
  categories: ['file', 'data'],
  input: z.object({
    file: fileRefSchema.describe('The PDF.'),
    max_pages: z.number().int().min(1).max(5000).default(500).describe('Read at most this many pages from the start.'),
  }),
  output: z.object({ text: z.string().describe('All pages, separated by blank lines.'), pages: z.array(z.string()), page_count: z.number().int() }),
  examples: [
    {
      name: 'names a file that is not there',
      input: { file: { fileId: 'gone', name: 'a.pdf', contentType: 'application/pdf', size: 1, url: '/api/files/gone' } },
      error: 'File gone was not found',
    },
  ],
  async *run({ file, max_pages }, ctx) {
    const { bytes } = await ctx.files.read(file.fileId);
    const { pages, pageCount } = await pdfPages(file.name, bytes, max_pages);
    yield ['text', pages.join('\n\n')];
    yield ['pages', pages];
    yield ['page_count', pageCount];
  },
});
