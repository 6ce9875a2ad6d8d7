import { describe, expect, it } from 'vitest';
import { runLabel } from './run-label.ts';

describe('runLabel', () => {
  it('tells apart runs made in the same moment, whose ids start alike', () => {
    const first = '01a246d0-7c2e-7000-8e53-beadad1b8557';
    const second = '01a246d0-7c2e-7000-9a11-0c4f2e6d3b21';
    expect(runLabel(first)).toBe('ad1b8557');
    expect(runLabel(second)).not.toBe(runLabel(first));
  });
});
