import { describe, expect, it } from 'vitest';
import { usageLabel } from './usage-label.ts';

describe('usageLabel', () => {
  it('shows tokens compactly and the cost to a fraction of a cent', () => {
    expect(usageLabel({ inputTokens: 1234, outputTokens: 56, costUsd: 0.000214, calls: 2, unpricedCalls: 0 })).toBe('1.2K in · 56 out · $0.00021');
  });

  it('says when calls had no known price, and leaves the cost out when none had one', () => {
    expect(usageLabel({ inputTokens: 10, outputTokens: 5, costUsd: 0.5, calls: 2, unpricedCalls: 1 })).toBe('10 in · 5 out · $0.50 (1 call at unknown price)');
    expect(usageLabel({ inputTokens: 10, outputTokens: 5, costUsd: 0, calls: 1, unpricedCalls: 1 })).toBe('10 in · 5 out (1 call at unknown price)');
  });
});
