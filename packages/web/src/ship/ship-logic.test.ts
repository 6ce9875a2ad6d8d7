import { describe, expect, it } from 'vitest';
import { amountLabel, budgetUse, worstUse } from './budget-use.ts';
import { spendBars } from './spend-bars.ts';
import { appSlugOf } from './app-slug.ts';

const spent = (costUsd: number, tokens: number) => ({ costUsd, tokens, runs: 1 });

describe('budget use', () => {
  it('says how much of each unit is spent, and whether it is near (80 %) or reached', () => {
    expect(budgetUse({ costUsd: 1, tokens: 1000 }, spent(0.85, 100))).toEqual([
      { unit: 'usd', spent: 0.85, limit: 1, share: 0.85, level: 'near' },
      { unit: 'tokens', spent: 100, limit: 1000, share: 0.1, level: 'ok' },
    ]);
    expect(budgetUse(undefined, spent(5, 5))).toEqual([]);
    expect(worstUse(budgetUse({ costUsd: 1, tokens: 10 }, spent(0.85, 12)))).toMatchObject({ unit: 'tokens', level: 'reached' });
  });

  it('labels amounts in dollars and tokens', () => {
    expect(amountLabel('usd', 0.4213)).toBe('$0.42');
    expect(amountLabel('usd', 0.0042)).toBe('$0.0042');
    expect(amountLabel('tokens', 12345)).toBe('12,345 tokens');
  });
});

describe('spend bars', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 11, 6, 15);
  const today = Date.UTC(2026, 11, 6);

  it('fills every day of the range, oldest first, scaled by cost', () => {
    const { bars, by } = spendBars(
      [
        { day: today - DAY, ...spent(0.5, 10) },
        { day: today, ...spent(1, 20) },
      ],
      3,
      now,
    );
    expect(by).toBe('costUsd');
    expect(bars.map((b) => [b.day, b.height])).toEqual([
      [today - 2 * DAY, 0],
      [today - DAY, 0.5],
      [today, 1],
    ]);
  });

  it('scales by tokens when no call had a known price', () => {
    expect(spendBars([{ day: today, ...spent(0, 30) }], 2, now)).toMatchObject({ by: 'tokens', bars: [{ height: 0 }, { height: 1 }] });
  });
});

describe('app addresses', () => {
  it("makes an address the server takes from an agent's name", () => {
    expect(appSlugOf('Support Desk — Café!')).toBe('support-desk-cafe');
    expect(appSlugOf('Q&A')).toBe('q-a');
    expect(appSlugOf('Qa')).toBe('qa-page');
    expect(appSlugOf('***')).toBe('app-page');
    expect(appSlugOf(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    for (const name of ['Support Desk — Café!', 'Q&A', 'Qa', '***', 'x'.repeat(100)]) expect(appSlugOf(name)).toMatch(/^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$/);
  });
});
