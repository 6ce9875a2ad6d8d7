import { describe, expect, it } from 'vitest';
import { MessageBudget } from './message-budget.ts';

describe('MessageBudget', () => {
  it('allows a burst, then the rate, and refills while the client is quiet', () => {
    let now = 0;
    const budget = new MessageBudget(10, 20, () => now);
    expect(Array.from({ length: 25 }, () => budget.take()).filter(Boolean)).toHaveLength(20);
    now += 100; // one tenth of a second: one message
    expect([budget.take(), budget.take()]).toEqual([true, false]);
    now += 60_000; // a quiet minute refills no more than the burst
    expect(Array.from({ length: 25 }, () => budget.take()).filter(Boolean)).toHaveLength(20);
  });
});
