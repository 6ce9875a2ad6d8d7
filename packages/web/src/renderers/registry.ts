import type { FileRef } from '../api/types.ts';

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

const isFileRef = (value: unknown): value is FileRef =>
  typeof value === 'object' && value !== null && typeof (value as FileRef).fileId === 'string' && typeof (value as FileRef).url === 'string';

/** Only same-origin, relative artifact URLs are shown or linked. */
export const isSameOriginUrl = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

export function toTarget(value: unknown): RenderTarget {
  if (!isFileRef(value) || !isSameOriginUrl(value.url)) return { value };
  const extension = /\.([A-Za-z0-9]+)$/.exec(value.name)?.[1]?.toLowerCase();
  return { value, file: value, mime: value.contentType.split(';')[0]!.trim().toLowerCase(), ...(extension ? { extension } : {}) };
}

const byMimeOrExtension = (mimePrefix: string, extensions: string[]) => (t: RenderTarget) =>
  t.file !== undefined && ((t.mime?.startsWith(mimePrefix) ?? false) || extensions.includes(t.extension ?? ''));

/** The one list of renderers, by explicit priority: MIME type first, then extension, then the value's shape. */
export const RENDERERS: RendererSpec[] = [
  { id: 'image', priority: 100, accepts: byMimeOrExtension('image/', ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg']) },
  { id: 'audio', priority: 100, accepts: byMimeOrExtension('audio/', ['mp3', 'wav', 'ogg']) },
  { id: 'video', priority: 100, accepts: byMimeOrExtension('video/', ['mp4', 'webm']) },
  { id: 'file', priority: 50, accepts: (t) => t.file !== undefined },
  { id: 'json', priority: 20, accepts: (t) => typeof t.value === 'object' && t.value !== null },
  { id: 'text', priority: 0, accepts: () => true },
];

export function pickRenderer(value: unknown, renderers: RendererSpec[] = RENDERERS): { spec: RendererSpec; target: RenderTarget } {
  const target = toTarget(value);
  const spec = [...renderers].sort((a, b) => b.priority - a.priority).find((r) => r.accepts(target))!;
  return { spec, target };
}

/** Bytes of the value as text, counted for real (UTF-8), for the preview size limit. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value));
}

/** Cuts text to at most `max` user-visible characters without splitting an emoji or accent. */
export function truncateGraphemes(text: string, max: number): { text: string; cut: boolean } {
  const segments = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  return segments.length <= max ? { text, cut: false } : { text: segments.slice(0, max).join(''), cut: true };
}
