import { describe, expect, it } from 'vitest';
import { jsonLargerThan, jsonSizeWithin } from './json-size.ts';

describe('jsonLargerThan', () => {
  it('measures only what may be over the limit, and then exactly', () => {
    expect(jsonLargerThan(123456789, 4)).toBe(false);
    expect(jsonLargerThan('x'.repeat(10), 12)).toBe(false);
    expect(jsonLargerThan('x'.repeat(10), 11)).toBe(true);
    expect(jsonLargerThan({ a: 'x' }, 9)).toBe(false);
    expect(jsonLargerThan({ a: 'xy' }, 9)).toBe(true);
  });
});

describe('jsonSizeWithin', () => {
  it.each([
    ['a number', 12345],
    ['text with accents and an emoji', 'héllo 👋 wörld'],
    ['nested objects and lists', { a: [1, 2, { b: 'x', c: null, d: true, e: false }], ü: 'ß' }],
    ['an empty list and object', { a: [], b: {} }],
  ])('counts %s as its UTF-8 JSON', (_what, value) => {
    expect(jsonSizeWithin(value, 1_000_000)).toBe(Buffer.byteLength(JSON.stringify(value)));
  });

  it('leaves out what JSON leaves out', () => {
    expect(jsonSizeWithin({ a: 1, b: undefined }, 100)).toBe(Buffer.byteLength(JSON.stringify({ a: 1 })));
  });

  it('stops past the limit, for huge strings and huge lists alike', () => {
    expect(jsonSizeWithin('x'.repeat(10_000_000), 1000)).toBe(1001);
    expect(
      jsonSizeWithin(
        Array.from({ length: 1_000_000 }, (_, i) => i),
        1000,
      ),
    ).toBe(1001);
    expect(jsonSizeWithin({ big: 'é'.repeat(600) }, 1000)).toBe(1001);
  });
});
