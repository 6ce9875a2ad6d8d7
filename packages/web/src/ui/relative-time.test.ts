import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.ts';

const now = Date.parse('2026-12-05T12:00:00Z');
const at = (offsetMs: number) => now + offsetMs;

describe('relativeTime', () => {
  it('says past moments by their largest whole unit', () => {
    expect(relativeTime(at(-30_000), now)).toBe('just now');
    expect(relativeTime(at(-5 * 60_000), now)).toBe('5 minutes ago');
    expect(relativeTime(at(-3 * 3_600_000 - 59 * 60_000), now)).toBe('3 hours ago');
    expect(relativeTime(at(-86_400_000), now)).toBe('yesterday');
    expect(relativeTime(at(-400 * 86_400_000), now)).toBe('last year');
  });

  it('says future moments as "in …"', () => {
    expect(relativeTime(at(20_000), now)).toBe('in a moment');
    expect(relativeTime(at(90_000), now)).toBe('in 1 minute');
    expect(relativeTime(at(2 * 86_400_000), now)).toBe('in 2 days');
  });
});
