import { ManualClock } from '@blocksmith/engine/testing';
import { describe, expect, it } from 'vitest';
import { periodic } from './periodic.ts';

describe('periodic', () => {
  it('runs a round at once and then every interval, goes on after a failed round, and stops', async () => {
    const clock = new ManualClock(0);
    const rounds: number[] = [];
    const errors: unknown[] = [];
    const work = async () => {
      rounds.push(clock.now());
      if (rounds.length === 2) throw new Error('round 2 failed');
    };
    const timer = periodic(clock, 1000, work, (error) => errors.push(error));
    await expect.poll(() => clock.sleeping).toBe(1);
    expect(rounds).toEqual([0]);
    clock.set(1000);
    await expect.poll(() => rounds.length).toBe(2);
    await expect.poll(() => clock.sleeping).toBe(1);
    clock.set(2000);
    await expect.poll(() => rounds).toEqual([0, 1000, 2000]);
    expect(errors.map(String)).toEqual(['Error: round 2 failed']);
    await timer.stop();
    clock.set(10_000);
    expect(rounds).toHaveLength(3);
  });

  it('waits one interval before the first round when asked', async () => {
    const clock = new ManualClock(0);
    const rounds: number[] = [];
    const timer = periodic(
      clock,
      1000,
      async () => void rounds.push(clock.now()),
      () => undefined,
      'after one interval',
    );
    await expect.poll(() => clock.sleeping).toBe(1);
    expect(rounds).toEqual([]);
    clock.set(1000);
    await expect.poll(() => rounds).toEqual([1000]);
    await timer.stop();
  });
});
