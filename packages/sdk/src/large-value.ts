import { jsonLargerThan } from './json-size.ts';

/** Characters of a large value that travel with its reference, so a client shows its start without fetching it. */
const PREVIEW_CHARS = 2000;

/**
 * What is kept and sent instead of a value larger than the inline size: its size, type and
 * start, and a same-origin URL of the whole of it. `fileId` when it was stored as a workspace
 * file (run records); without it, the URL serves it from the run (a live event's value).
 */
export interface LargeValueRef {
  largeValue: { size: number; contentType: 'text/plain' | 'application/json'; preview: string; url: string; fileId?: string };
}

/** The value as the text and type it is kept as when it is over `inlineBytes` (as JSON); undefined when it is not. */
export function largeValueText(value: unknown, inlineBytes: number): { text: string; contentType: LargeValueRef['largeValue']['contentType'] } | undefined {
  // A reference is never stored again as a value.
  if (isLargeValueRef(value) || !jsonLargerThan(value, inlineBytes)) return undefined;
  return typeof value === 'string' ? { text: value, contentType: 'text/plain' } : { text: JSON.stringify(value), contentType: 'application/json' };
}

export function largeValueRef(text: string, contentType: LargeValueRef['largeValue']['contentType'], url: string, fileId?: string): LargeValueRef {
  // Cut on a code point, never inside a surrogate pair.
  const preview = Array.from(text.slice(0, PREVIEW_CHARS + 1))
    .slice(0, PREVIEW_CHARS)
    .join('');
  return { largeValue: { size: Buffer.byteLength(text), contentType, preview, url, ...(fileId !== undefined ? { fileId } : {}) } };
}

export function isLargeValueRef(value: unknown): value is LargeValueRef {
  if (typeof value !== 'object' || value === null || !('largeValue' in value)) return false;
  const large = (value as LargeValueRef).largeValue as Partial<LargeValueRef['largeValue']> | undefined;
  return typeof large?.url === 'string' && typeof large.size === 'number' && typeof large.preview === 'string' && typeof large.contentType === 'string';
}

/** The value a stored large value's file holds, as it was put out. */
export function valueOfLargeFile(ref: LargeValueRef, bytes: Uint8Array): unknown {
  const text = Buffer.from(bytes).toString('utf8');
  return ref.largeValue.contentType === 'text/plain' ? text : JSON.parse(text);
}
