import { describe, expect, it } from 'vitest';
import { DEFAULT_PREVIEW_MB } from '../ui/preferences.ts';
import { byteLength, largeValueOf, parseDelimited, pickRenderer, tooLargeToPreview, truncateGraphemes } from './registry.ts';

const file = (name: string, contentType: string, url = '/api/files/1') => ({ fileId: '1', name, contentType, size: 10, url });

describe('renderer registry', () => {
  it('matches files by MIME type, then by extension', () => {
    expect(pickRenderer(file('a.bin', 'image/png')).spec.id).toBe('image');
    expect(pickRenderer(file('clip.mp4', 'application/octet-stream')).spec.id).toBe('video');
  });

  it('shows a value the server sent by reference (too large to travel inline) from its preview, only with a same-origin URL', () => {
    const large = { largeValue: { size: 3_000_000, contentType: 'text/plain', preview: 'Once upon', url: '/api/runs/r/value?name=text' } };
    expect(pickRenderer(large).spec.id).toBe('large-value');
    expect(largeValueOf(large)).toEqual(large.largeValue);
    const elsewhere = { largeValue: { ...large.largeValue, url: 'https://evil.test/x' } };
    expect(largeValueOf(elsewhere)).toBeUndefined();
    expect(pickRenderer(elsewhere).spec.id).toBe('json');
  });

  it('matches documents by MIME type or extension, with explicit priority', () => {
    expect(pickRenderer(file('page.html', 'text/html')).spec.id).toBe('html');
    expect(pickRenderer(file('data.csv', 'text/csv')).spec.id).toBe('table');
    expect(pickRenderer(file('notes', 'text/markdown')).spec.id).toBe('markdown');
    expect(pickRenderer(file('main.py', 'text/plain')).spec.id).toBe('code');
    expect(pickRenderer(file('log.txt', 'text/plain')).spec.id).toBe('file-text');
    expect(pickRenderer(file('blob.bin', 'application/octet-stream')).spec.id).toBe('file');
  });

  it('recognizes markdown text by its shape', () => {
    expect(pickRenderer('# Title\n\nSome **bold** text').spec.id).toBe('markdown');
    expect(pickRenderer('just a sentence').spec.id).toBe('text');
  });

  it('parses CSV with quoted fields', () => {
    expect(parseDelimited('name,note\nAda,"says ""hi"", twice"\nBo,"two\nlines"\n')).toEqual([
      ['name', 'note'],
      ['Ada', 'says "hi", twice'],
      ['Bo', 'two\nlines'],
    ]);
    expect(parseDelimited('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('falls back to the value shape', () => {
    expect(pickRenderer({ a: 1 }).spec.id).toBe('json');
    expect(pickRenderer([1, 2]).spec.id).toBe('json');
    expect(pickRenderer('hello').spec.id).toBe('text');
    expect(pickRenderer(42).spec.id).toBe('text');
  });

  it('refuses artifact URLs that are not same-origin', () => {
    expect(pickRenderer(file('x.png', 'image/png', 'https://evil.test/x.png')).spec.id).toBe('json');
    expect(pickRenderer(file('x.png', 'image/png', '//evil.test/x.png')).spec.id).toBe('json');
  });

  it('previews up to the limit measured in real bytes (10 MB by default), not in characters', () => {
    const limit = DEFAULT_PREVIEW_MB * 1024 * 1024;
    expect(tooLargeToPreview(limit, limit)).toBe(false);
    expect(tooLargeToPreview(limit + 1, limit)).toBe(true);
    // Fewer characters than the limit, but two bytes each: too large.
    const accents = 'é'.repeat(limit / 2 + 1);
    expect(accents.length).toBeLessThan(limit);
    expect(tooLargeToPreview(accents, limit)).toBe(true);
    expect(tooLargeToPreview('é'.repeat(limit / 2), limit)).toBe(false);
  });

  it('counts real bytes and cuts on grapheme boundaries', () => {
    expect(byteLength('é👍🏽')).toBe(10);
    expect(truncateGraphemes('a👍🏽b', 2)).toEqual({ text: 'a👍🏽', cut: true });
    expect(truncateGraphemes('日本語', 5)).toEqual({ text: '日本語', cut: false });
  });
});
