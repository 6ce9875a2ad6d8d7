import { describe, expect, it } from 'vitest';
import { byteLength, pickRenderer, truncateGraphemes } from './registry.ts';

const file = (name: string, contentType: string, url = '/api/files/1') => ({ fileId: '1', name, contentType, size: 10, url });

describe('renderer registry', () => {
  it('matches files by MIME type, then by extension', () => {
    expect(pickRenderer(file('a.bin', 'image/png')).spec.id).toBe('image');
    expect(pickRenderer(file('clip.mp4', 'application/octet-stream')).spec.id).toBe('video');
    expect(pickRenderer(file('data.csv', 'text/csv')).spec.id).toBe('file');
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

  it('counts real bytes and cuts on grapheme boundaries', () => {
    expect(byteLength('é👍🏽')).toBe(10);
    expect(truncateGraphemes('a👍🏽b', 2)).toEqual({ text: 'a👍🏽', cut: true });
    expect(truncateGraphemes('日本語', 5)).toEqual({ text: '日本語', cut: false });
  });
});
