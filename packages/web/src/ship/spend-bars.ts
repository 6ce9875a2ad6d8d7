import type { Spend } from '../api/types.ts';

const DAY_MS = 86_400_000;

export interface SpendBar extends Spend {
  day: number;
  /** The bar's height as a share of the tallest day, 0..1. */
  height: number;
}

/**
 * One bar per UTC day of the `days` days up to and including the one `now` falls in, days without
 * model use at zero, scaled by cost (or by tokens when no day has a known cost).
 */
export function spendBars(days: readonly (Spend & { day: number })[], count: number, now: number): { bars: SpendBar[]; by: 'costUsd' | 'tokens' } {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const byDay = new Map(days.map((d) => [d.day, d]));
  const filled = Array.from({ length: count }, (_, i) => {
    const day = today - (count - 1 - i) * DAY_MS;
    return { day, costUsd: 0, tokens: 0, runs: 0, ...byDay.get(day) };
  });
  const by = filled.some((d) => d.costUsd > 0) ? 'costUsd' : 'tokens';
  const max = Math.max(0, ...filled.map((d) => d[by]));
  return { bars: filled.map((d) => ({ ...d, height: max === 0 ? 0 : d[by] / max })), by };
}
