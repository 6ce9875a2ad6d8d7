import { InMemoryFileStore, NO_OWNER } from '@blocksmith/engine';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';

async function invoicePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Invoice 42: total 19.99 EUR', { x: 50, y: 700, font, size: 14 });
  doc.addPage().drawText('Thank you for your order', { x: 50, y: 700, font, size: 14 });
  return doc.save();
}

describe('file.pdf_to_text', () => {
  it('reads a real PDF page by page', async () => {
    const files = new InMemoryFileStore();
    const file = await files.write(NO_OWNER, { name: 'invoice.pdf', contentType: 'application/pdf', bytes: await invoicePdf() });
    const run = await runBlock('file.pdf_to_text', { file }, {}, { files });
    expect(run.outputs).toEqual({
      text: ['Invoice 42: total 19.99 EUR\n\nThank you for your order'],
      pages: [['Invoice 42: total 19.99 EUR', 'Thank you for your order']],
      page_count: [2],
    });
    const first = await runBlock('file.pdf_to_text', { file, max_pages: 1 }, {}, { files });
    expect(first.outputs.pages).toEqual([['Invoice 42: total 19.99 EUR']]);
  });

  it('says when the file is not a PDF or is broken, without retrying', async () => {
    const files = new InMemoryFileStore();
    const notPdf = await files.write(NO_OWNER, { name: 'notes.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('hello') });
    const refused = await runBlock('file.pdf_to_text', { file: notPdf }, {}, { files });
    expect(refused.error).toMatchObject({ kind: 'input', message: 'notes.txt is not a PDF (it does not start with %PDF-): give this block a PDF file.' });
    const broken = await files.write(NO_OWNER, { name: 'cut.pdf', contentType: 'application/pdf', bytes: (await invoicePdf()).slice(0, 200) });
    const cut = await runBlock('file.pdf_to_text', { file: broken }, {}, { files });
    expect(cut.error).toMatchObject({ kind: 'input', message: expect.stringMatching(/^cut\.pdf could not be read as a PDF: /) });
    expect(cut.attempts).toBe(1);
  });
});
