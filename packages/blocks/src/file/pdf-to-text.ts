import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';

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
    if (!Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) {
      throw new BlockError('input', `${file.name} is not a PDF (it does not start with %PDF-): give this block a PDF file.`, { retriable: false });
    }
    // PDF.js is loaded by the first PDF, not with the block library (shared/load-later.ts says why).
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes)).catch((error: Error) => {
      const locked = error.name === 'PasswordException';
      throw new BlockError(
        'input',
        locked ? `${file.name} is protected by a password; save it without one first.` : `${file.name} could not be read as a PDF: ${error.message}`,
        {
          retriable: false,
        },
      );
    });
    try {
      const { totalPages, text } = await extractText(pdf, { mergePages: false });
      const pages = text.slice(0, max_pages).map((page) => page.trim());
      yield ['text', pages.join('\n\n')];
      yield ['pages', pages];
      yield ['page_count', totalPages];
    } finally {
      await pdf.destroy();
    }
  },
});
