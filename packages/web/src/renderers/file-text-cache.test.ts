import { describe, expect, it } from 'vitest';
import { FileTextCache } from './file-text-cache.ts';

describe('the file text cache', () => {
  it('keeps texts by URL, drops the oldest when full, and empties on clear', () => {
    const cache = new FileTextCache(10);
    cache.set('/a', 'aaaa');
    cache.set('/b', 'bbbb');
    expect(cache.get('/a')).toBe('aaaa');
    cache.set('/c', 'cccc');
    expect(cache.get('/a')).toBeUndefined();
    expect([cache.get('/b'), cache.get('/c')]).toEqual(['bbbb', 'cccc']);
    cache.set('/huge', 'x'.repeat(11));
    expect(cache.get('/huge')).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('/b')).toBeUndefined();
  });

  it('empties when the copilot session changes, and only then', () => {
    const cache = new FileTextCache();
    cache.enterSession('a');
    cache.set('/f', 'from a');
    cache.enterSession('a');
    expect(cache.get('/f')).toBe('from a');
    cache.enterSession('b');
    expect(cache.get('/f')).toBeUndefined();
  });
});
