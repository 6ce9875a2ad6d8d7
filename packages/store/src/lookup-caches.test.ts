import { describe, expect, it, vi } from 'vitest';
import { LookupCaches } from './lookup-caches.ts';

describe('LookupCaches', () => {
  it('reads once while nothing is written, and again after a write', async () => {
    const caches = new LookupCaches(true);
    const cache = caches.create<string>();
    let reads = 0;
    const load = async () => `value ${++reads}`;
    expect(await cache.get('k', load)).toBe('value 1');
    expect(await cache.get('k', load)).toBe('value 1');
    await caches.writing(async () => 'written');
    expect(await cache.get('k', load)).toBe('value 2');
    await expect(
      caches.writing(async () => {
        throw new Error('write failed');
      }),
    ).rejects.toThrow('write failed');
    expect(await cache.get('k', load)).toBe('value 3');
  });

  it('does not keep a value read across a write, nor a missing one', async () => {
    const caches = new LookupCaches(true);
    const cache = caches.create<string>();
    let release!: () => void;
    const slow = cache.get('k', () => new Promise<string>((resolve) => (release = () => resolve('stale'))));
    await caches.writing(async () => undefined);
    release();
    expect(await slow).toBe('stale');
    expect(await cache.get('k', async () => 'fresh')).toBe('fresh');
    expect(await cache.get('absent', async () => undefined)).toBeUndefined();
    expect(await cache.get('absent', async () => 'created')).toBe('created');
  });

  it('keeps nothing when disabled (another process may write)', async () => {
    const cache = new LookupCaches(false).create<number>();
    let reads = 0;
    await cache.get('k', async () => ++reads);
    expect(await cache.get('k', async () => ++reads)).toBe(2);
  });

  it('keeps rows once writes are announced among the processes, and drops them when another announces one', async () => {
    const caches = new LookupCaches(false);
    const cache = caches.create<number>();
    let announced = 0;
    caches.share({ announce: async () => void announced++ });
    let reads = 0;
    await cache.get('k', async () => ++reads);
    expect(await cache.get('k', async () => ++reads)).toBe(1);
    caches.invalidate();
    expect(await cache.get('k', async () => ++reads)).toBe(2);
    await caches.writing(async () => undefined);
    expect(announced).toBe(1);
    expect(await cache.get('k', async () => ++reads)).toBe(3);
  });

  it('answers a write although its announcement cannot go out', async () => {
    vi.useFakeTimers();
    try {
      const caches = new LookupCaches(false);
      caches.share({ announce: () => new Promise<void>(() => undefined) });
      const write = caches.writing(async () => 'written');
      await vi.advanceTimersByTimeAsync(1000);
      expect(await write).toBe('written');
    } finally {
      vi.useRealTimers();
    }
  });
});
