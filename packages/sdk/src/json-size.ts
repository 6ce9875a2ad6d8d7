/**
 * The size of a value as UTF-8 JSON (escapes aside), counted only as far as `atMost`: past it the walk
 * stops and answers `atMost + 1`, so measuring a huge value costs no more than measuring
 * the limit, and no copy of it is ever made. Values JSON leaves out count as nothing.
 */
export function jsonSizeWithin(value: unknown, atMost: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') size += utf8Length(next, atMost - size) + 2;
    else if (typeof next === 'number' || typeof next === 'bigint') size += String(next).length;
    else if (typeof next === 'boolean') size += next ? 4 : 5;
    else if (next === null) size += 4;
    else if (Array.isArray(next)) {
      // Brackets, and a comma between items.
      size += 2 + Math.max(0, next.length - 1);
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    } else if (typeof next === 'object') {
      let entries = 0;
      for (const [key, item] of Object.entries(next as object)) {
        if (item === undefined || typeof item === 'function') continue;
        // The quoted key and its colon.
        size += utf8Length(key, atMost - size) + 3;
        entries++;
        stack.push(item);
      }
      size += 2 + Math.max(0, entries - 1);
    }
    if (size > atMost) return atMost + 1;
  }
  return size;
}

/**
 * Whether a value could be larger than `bytes` as JSON, answered without measuring it: a scalar or a
 * short string — most values — never is. Only values it lets through need `jsonLargerThan`'s walk.
 */
export function mayBeLargerThan(value: unknown, bytes: number): boolean {
  return typeof value === 'string' ? value.length * 3 + 2 > bytes : typeof value === 'object' && value !== null;
}

/**
 * Whether a value is larger than `bytes` as JSON. Scalars and short strings are answered without
 * measuring (mayBeLargerThan); only objects and long strings are walked, and no further than the limit.
 */
export function jsonLargerThan(value: unknown, bytes: number): boolean {
  return mayBeLargerThan(value, bytes) && jsonSizeWithin(value, bytes) > bytes;
}

/** UTF-8 length of a string, or something past `atMost` as soon as it is sure to be. */
function utf8Length(text: string, atMost: number): number {
  // Every UTF-16 unit is 1 to 3 UTF-8 bytes: only strings between the bounds need counting.
  if (text.length > atMost) return text.length;
  if (text.length * 3 <= atMost) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
    }
    return bytes;
  }
  return Buffer.byteLength(text, 'utf8');
}
