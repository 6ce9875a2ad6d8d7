import { linkedom } from './linkedom.ts';

/**
 * The text of an HTML fragment (a comment, a search snippet): tags dropped,
 * every entity decoded by a real parser, paragraphs as blank lines.
 */
export function htmlToText(html: string): string {
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html.replace(/<p>/gi, '\n\n<p>')}</body></html>`);
  return (document.body.textContent ?? '').trim();
}
