import { BlockError } from '@blocksmith/sdk';

/** The text of a PDF's pages (at most `maxPages`, from the first) and how many it has; refused, naming the file, when it is no PDF or locked. */
export async function pdfPages(name: string, bytes: Uint8Array, maxPages: number): Promise<{ pages: string[]; pageCount: number }> {
  if (!Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) {
    throw new BlockError('input', `${name} is not a PDF (it does not start with %PDF-): give this block a PDF file.`, { retriable: false });
  }
  // PDF.js is loaded by the first PDF, not with the block library (shared/load-later.ts says why).
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes)).catch((error: Error) => {
    const locked = error.name === 'PasswordException';
    throw new BlockError(
      'input',
      locked ? `${name} is protected by a password; save it without one first.` : `${name} could not be read as a PDF: ${error.message}`,
      {
        retriable: false,
      },
    );
  });
  try {
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    return { pages: text.slice(0, maxPages).map((page) => page.trim()), pageCount: totalPages };
  } finally {
    await pdf.destroy();
  }
}
