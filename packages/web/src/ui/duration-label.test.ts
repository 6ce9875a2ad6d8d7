import { describe, expect, it } from 'vitest';
import { durationLabel } from './duration-label.ts';

describe('durations as people read them', () => {
  it('uses the unit that fits', () => {
    expect(durationLabel(850)).toBe('850 ms');
    expect(durationLabel(1234)).toBe('1.2 s');
    expect(durationLabel(12_345)).toBe('12 s');
    expect(durationLabel(123_498)).toBe('2 min 3 s');
    expect(durationLabel(120_000)).toBe('2 min');
    expect(durationLabel(3_780_000)).toBe('1 h 3 min');
    expect(durationLabel(7_200_000)).toBe('2 h');
  });
});
