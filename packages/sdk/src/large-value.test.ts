import { describe, expect, it } from 'vitest';
import { isLargeValueRef, largeValueRef, largeValueText, valueOfLargeFile } from './large-value.ts';

describe('large values', () => {
  it('picks out values over the inline size, as text or JSON, and leaves the rest', () => {
    expect(largeValueText('short', 100)).toBeUndefined();
    expect(largeValueText(12345, 100)).toBeUndefined();
    expect(largeValueText('x'.repeat(200), 100)).toEqual({ text: 'x'.repeat(200), contentType: 'text/plain' });
    expect(largeValueText({ list: Array.from({ length: 100 }, (_, i) => i) }, 100)?.contentType).toBe('application/json');
  });

  it('makes a reference with the real byte size and a preview cut on a code point, and reads the value back from its file', () => {
    const text = `${'a'.repeat(1999)}👋 and more`;
    const ref = largeValueRef(text, 'text/plain', '/api/files/f', 'f');
    expect(ref.largeValue).toEqual({
      size: Buffer.byteLength(text),
      contentType: 'text/plain',
      preview: `${'a'.repeat(1999)}👋`,
      url: '/api/files/f',
      fileId: 'f',
    });
    expect(isLargeValueRef(ref)).toBe(true);
    expect(largeValueText(ref, 10)).toBeUndefined();
    expect(valueOfLargeFile(ref, Buffer.from(text))).toBe(text);
    const json = largeValueRef('{"a":[1,2]}', 'application/json', '/x');
    expect(valueOfLargeFile(json, Buffer.from('{"a":[1,2]}'))).toEqual({ a: [1, 2] });
  });
});
