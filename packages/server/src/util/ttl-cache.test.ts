import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('shares one load among concurrent misses and keeps its value', async () => {
    const cache = new TtlCache<number>(60_000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    expect(await cache.get('k', load)).toBe(1);
  });

  it('does not keep a load that failed: the next call loads again', async () => {
    const cache = new TtlCache<string>(60_000);
    const failing = cache.get('k', async () => {
      throw new Error('provider down');
    });
    await expect(failing).rejects.toThrow('provider down');
    expect(await cache.get('k', async () => 'back')).toBe('back');
  });
});
