import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  it('grows exponentially and is capped', () => {
    const policy = { attempts: 10, initialDelayMs: 100, factor: 2, maxDelayMs: 500 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(policy, n, () => 1))).toEqual([100, 200, 400, 500]);
  });

  it('jitters between half and all of the delay', () => {
    const policy = { attempts: 3, initialDelayMs: 1000 };
    expect(backoffDelay(policy, 1, () => 0)).toBe(500);
    expect(backoffDelay(policy, 1, () => 0.5)).toBe(750);
  });
});
