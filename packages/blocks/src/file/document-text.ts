import { BlockError } from '@blocksmith/sdk';
import { linkedom } from '../shared/linkedom.ts';
import { readableArticle } from '../shared/readable-article.ts';
import { pdfPages } from './pdf-pages.ts';

/** The most pages of a PDF a document's text is read from. */
const MAX_PDF_PAGES = 2_000;

const extension = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** The text of a Word document: its paragraphs (w:p) in order, each its runs' text (w:t), tabs and breaks kept. */
async function docxText(name: string, bytes: Uint8Array): Promise<string> {
  const { unzipSync, strFromU8 } = await import('fflate');
  let xml: string;
  try {
    const entry = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
    if (!entry) throw new Error('it has no word/document.xml');
    xml = strFromU8(entry);
  } catch (error) {
    throw new BlockError('input', `${name} could not be read as a Word document (.docx): ${(error as Error).message}.`, { retriable: false });
  }
  const decode = (text: string) =>
    text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity]!);
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
        .map(([, text, mark]) => (mark === 'tab' ? '\t' : mark === 'br' ? '\n' : decode(text ?? '')))
        .join(''),
    )
    .filter((paragraph) => paragraph.trim() !== '')
    .join('\n\n');
}

/**
 * The text of a document to read or index, by its type (content type, else the name's extension): PDF,
 * Word (.docx), HTML (its readable article, as markdown), and text of any kind (Markdown, CSV, JSON, plain) as it is.
 * Anything else is refused, naming the file and the types there are.
 */
export async function documentText(file: { name: string; contentType: string; bytes: Uint8Array }): Promise<string> {
  const type = file.contentType.split(';')[0]!.trim().toLowerCase();
  const ext = extension(file.name);
  if (type === 'application/pdf' || ext === 'pdf') return (await pdfPages(file.name, file.bytes, MAX_PDF_PAGES)).pages.join('\n\n');
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' || ext === 'docx') return docxText(file.name, file.bytes);
  const textual =
    type.startsWith('text/') ||
    ['application/json', 'application/xml', 'application/xhtml+xml'].includes(type) ||
    ['md', 'markdown', 'txt', 'csv', 'tsv', 'json', 'html', 'htm', 'xml'].includes(ext);
  if (!textual) {
    throw new BlockError(
      'input',
      `${file.name} (${file.contentType}) is not a document that can be read: give a PDF, a Word document (.docx), HTML, Markdown, CSV or plain text.`,
      {
        retriable: false,
      },
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    throw new BlockError('input', `${file.name} is not UTF-8 text; save it as UTF-8 first.`, { retriable: false });
  }
  // A page's navigation, footers and scripts are not what a reader (or an index) wants of it.
  return type === 'text/html' || type === 'application/xhtml+xml' || ext === 'html' || ext === 'htm'
    ? readableArticle(linkedom().parseHTML(/<body[\s>]/i.test(text) ? text : `<!doctype html><html><body>${text}</body></html>`).document).markdown
    : text;
}
