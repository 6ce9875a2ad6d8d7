import { BlockError, type BlockContext } from '@blocksmith/sdk';
import type { parseHTML } from 'linkedom';
import { z } from 'zod';
import { sendFollowingRedirects } from '../outbound/index.ts';
import { linkedom } from '../shared/linkedom.ts';

/** The page a web block reads: fetched from `url`, or given as `html`. */
export const pageInputs = {
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('The page to read (http or https); or give its HTML instead.'),
  html: z.string().optional().describe('The page’s HTML, when it is already at hand.'),
  max_bytes: z.number().int().min(1).max(20_000_000).default(5_000_000).describe('The most bytes read from the page.'),
};

/** Answers a web block can read as a page; anything else (JSON, PDF, images) is named instead of parsed. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** The page's parsed document and the address it came from (after redirects), under the address policy. */
export async function pageSource(
  { url, html, max_bytes }: { url?: string | undefined; html?: string | undefined; max_bytes: number },
  ctx: BlockContext,
): Promise<{ document: ReturnType<typeof parseHTML>['document']; url: string | undefined }> {
  if ((url === undefined) === (html === undefined)) throw new BlockError('invalid_input', 'Give either url or html (one of them).', { retriable: false });
  if (html !== undefined) return { document: parsePage(html, 'The html input'), url: undefined };
  const page = await fetchText(ctx, url!, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', maxBytes: max_bytes, what: 'page' });
  if (page.contentType && !HTML_TYPES.test(page.contentType)) {
    throw new BlockError('not_html', `${page.url} answered ${page.contentType.split(';')[0]}, not an HTML page: read it with http.request instead.`, {
      retriable: false,
    });
  }
  return { document: parsePage(page.body, page.url), url: page.url };
}

function parsePage(html: string, source: string): ReturnType<typeof parseHTML>['document'] {
  const { document } = linkedom().parseHTML(html);
  if (!document.documentElement) throw new BlockError('not_html', `${source} is not HTML: it has no elements to read.`, { retriable: false });
  return document;
}

/** A GET of a text resource (a page, a feed) under the address policy, following redirects; a 4xx/5xx is an error naming `what`. */
export async function fetchText(
  ctx: BlockContext,
  url: string,
  { accept, maxBytes, what }: { accept: string; maxBytes: number; what: string },
): Promise<{ body: string; url: string; contentType: string | undefined }> {
  const response = await sendFollowingRedirects({
    url: new URL(url),
    method: 'GET',
    headers: { accept, 'user-agent': 'Blocksmith (+agents)' },
    body: undefined,
    signal: ctx.signal,
    maxBytes,
    network: ctx.settings,
  });
  if (response.status >= 400) {
    throw new BlockError('http', `The ${what} answered ${response.status}: check the address (${url}).`, {
      retriable: response.status === 429 || response.status >= 500,
    });
  }
  return { body: response.body, url: response.url.href, contentType: response.headers['content-type'] };
}
