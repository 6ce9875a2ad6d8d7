import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { timeOrderedId } from './run-id.ts';

describe('timeOrderedId', () => {
  it('is a version 7 UUID carrying the time it was made', () => {
    const id = timeOrderedId(Date.UTC(2026, 10, 25));
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.UTC(2026, 10, 25));
  });

  it('sorts in the order the ids were made, within one millisecond and when the clock goes back', () => {
    const now = Date.UTC(2030, 0, 1);
    const ids = [
      ...Array.from({ length: 5000 }, () => timeOrderedId(now)),
      ...Array.from({ length: 10 }, () => timeOrderedId(now - 1000)),
      ...Array.from({ length: 10 }, (_, i) => timeOrderedId(now + 10_000 + i)),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
