import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentText } from './document-text.ts';

const file = (name: string, contentType: string, content: string | Uint8Array) => ({
  name,
  contentType,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});

/** A Word document as Word writes one: a zip whose word/document.xml holds paragraphs of runs. */
function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

describe('documentText', () => {
  it('reads Word paragraphs in order with their entities decoded, HTML as its readable article in markdown, and text as it is', async () => {
    const word = docx(['Opening hours', 'We open at 9 &amp; close at 5.']);
    expect(await documentText(file('handbook.docx', 'application/octet-stream', word))).toBe('Opening hours\n\nWe open at 9 & close at 5.');
    const fragment = await documentText(file('page.html', 'text/html; charset=utf-8', '<h1>Hours</h1><p>Open at 9 &amp; close at 5.</p><script>x()</script>'));
    expect(fragment).toContain('Open at 9 & close at 5.');
    expect(fragment).not.toContain('x()');
    // A whole page: its article, as markdown, without the navigation around it.
    const page = await documentText(
      file(
        'hours.htm',
        'application/octet-stream',
        '<html><head><title>Hours</title></head><body><nav><a href="/">Home</a> · <a href="/shop">Shop</a></nav><article><h2>Opening hours</h2><p>The office opens at nine in the morning and closes at five in the afternoon, Monday to Friday; on Saturdays it opens at ten.</p></article></body></html>',
      ),
    );
    expect(page).toContain('## Opening hours');
    expect(page).toContain('The office opens at nine');
    expect(page).not.toContain('Shop');
    expect(await documentText(file('notes.md', 'text/markdown', '# Notes\nkept'))).toBe('# Notes\nkept');
    expect(await documentText(file('rows.csv', 'application/octet-stream', 'a,b\n1,2'))).toBe('a,b\n1,2');
  });

  it('refuses what it cannot read, naming the file and what it takes', async () => {
    await expect(documentText(file('photo.png', 'image/png', new Uint8Array([137, 80, 78, 71])))).rejects.toThrow(
      'photo.png (image/png) is not a document that can be read: give a PDF, a Word document (.docx), HTML, Markdown, CSV or plain text.',
    );
    await expect(documentText(file('broken.docx', 'application/octet-stream', 'not a zip'))).rejects.toThrow(
      'broken.docx could not be read as a Word document (.docx)',
    );
    await expect(documentText(file('latin1.txt', 'text/plain', new Uint8Array([0xff, 0xfe, 0x41])))).rejects.toThrow('latin1.txt is not UTF-8 text');
    await expect(documentText(file('fake.pdf', 'application/pdf', 'hello'))).rejects.toThrow('fake.pdf is not a PDF');
  });
});
