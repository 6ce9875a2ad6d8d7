import { isFileRef } from '@blocksmith/sdk/artifact';
import { isLargeValueRef, type LargeValueRef } from '@blocksmith/sdk/large-value';
import type { FileRef } from '../api/types.ts';

/** The reference the server sends for a value over its inline size (its size, start and URL), when its URL is same-origin. */
export function largeValueOf(value: unknown): LargeValueRef['largeValue'] | undefined {
  return isLargeValueRef(value) && isSameOriginUrl(value.largeValue.url) ? value.largeValue : undefined;
}

/** What a renderer decides on: the value, and for files their type and extension. */
export interface RenderTarget {
  value: unknown;
  file?: FileRef;
  mime?: string;
  extension?: string;
}

export interface RendererSpec {
  id: string;
  /** Higher wins when several renderers accept a value. */
  priority: number;
  accepts(target: RenderTarget): boolean;
}

/** Only same-origin, relative artifact URLs are shown or linked. */
export const isSameOriginUrl = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

export function toTarget(value: unknown): RenderTarget {
  if (!isFileRef(value) || !isSameOriginUrl(value.url)) return { value };
  const extension = /\.([A-Za-z0-9]+)$/.exec(value.name)?.[1]?.toLowerCase();
  return { value, file: value, mime: value.contentType.split(';')[0]!.trim().toLowerCase(), ...(extension ? { extension } : {}) };
}

const byMimeOrExtension = (mimePrefix: string, extensions: string[]) => (t: RenderTarget) =>
  t.file !== undefined && ((t.mime?.startsWith(mimePrefix) ?? false) || extensions.includes(t.extension ?? ''));

const CODE_EXTENSIONS = [
  'js',
  'mjs',
  'ts',
  'tsx',
  'jsx',
  'py',
  'rb',
  'go',
  'rs',
  'java',
  'c',
  'cpp',
  'h',
  'cs',
  'sh',
  'sql',
  'yaml',
  'yml',
  'toml',
  'css',
  'xml',
];
const MARKDOWN_SHAPE = /^(#{1,6} |[-*] |\d+\. |```|> )|\*\*[^*]+\*\*|\[[^\]]+\]\([^)]+\)/m;

/** The one list of renderers, by explicit priority: MIME type first, then extension, then the value's shape. */
export const RENDERERS: RendererSpec[] = [
  { id: 'large-value', priority: 110, accepts: (t) => largeValueOf(t.value) !== undefined },
  { id: 'image', priority: 100, accepts: byMimeOrExtension('image/', ['png', 'jpg', 'jpeg', 'gif', 'webp']) },
  { id: 'audio', priority: 100, accepts: byMimeOrExtension('audio/', ['mp3', 'wav', 'ogg']) },
  { id: 'video', priority: 100, accepts: byMimeOrExtension('video/', ['mp4', 'webm']) },
  { id: 'html', priority: 90, accepts: byMimeOrExtension('text/html', ['html', 'htm']) },
  { id: 'table', priority: 90, accepts: byMimeOrExtension('text/csv', ['csv', 'tsv']) },
  { id: 'markdown', priority: 90, accepts: byMimeOrExtension('text/markdown', ['md', 'markdown']) },
  {
    id: 'code',
    priority: 80,
    accepts: (t) => t.file !== undefined && (CODE_EXTENSIONS.includes(t.extension ?? '') || /javascript|typescript|x-python|x-sh|sql|yaml/.test(t.mime ?? '')),
  },
  { id: 'file-text', priority: 60, accepts: (t) => t.file !== undefined && (t.mime?.startsWith('text/') === true || t.mime === 'application/json') },
  { id: 'file', priority: 50, accepts: (t) => t.file !== undefined },
  { id: 'json', priority: 20, accepts: (t) => typeof t.value === 'object' && t.value !== null },
  { id: 'markdown', priority: 10, accepts: (t) => typeof t.value === 'string' && MARKDOWN_SHAPE.test(t.value) },
  { id: 'text', priority: 0, accepts: () => true },
];

/** Comma- or tab-separated text as rows of cells (quoted fields with commas, quotes and newlines kept). */
export function parseDelimited(text: string, delimiter = text.includes('\t') && !text.includes(',') ? '\t' : ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

export function pickRenderer(value: unknown, renderers: RendererSpec[] = RENDERERS): { spec: RendererSpec; target: RenderTarget } {
  const target = toTarget(value);
  const spec = [...renderers].sort((a, b) => b.priority - a.priority).find((r) => r.accepts(target))!;
  return { spec, target };
}

/** Bytes of the value as text, counted for real (UTF-8), for the preview size limit. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** Whether text (or a file of this many bytes) is too large to show inline — it is offered for download: real UTF-8 bytes against the limit. */
export function tooLargeToPreview(textOrBytes: string | number, limitBytes: number): boolean {
  return (typeof textOrBytes === 'number' ? textOrBytes : byteLength(textOrBytes)) > limitBytes;
}

export function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value));
}

/** Cuts text to at most `max` user-visible characters without splitting an emoji or accent. */
export function truncateGraphemes(text: string, max: number): { text: string; cut: boolean } {
  const segments = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  return segments.length <= max ? { text, cut: false } : { text: segments.slice(0, max).join(''), cut: true };
}
