import type { Spend, SpendLimit } from '../api/types.ts';

/** From this share of a budget on, the app warns that it is near. */
export const NEAR_SHARE = 0.8;

export interface BudgetUse {
  unit: 'usd' | 'tokens';
  spent: number;
  limit: number;
  /** spent / limit. */
  share: number;
  level: 'ok' | 'near' | 'reached';
}

/** How much of each unit of a budget is spent: what the app shows as bars and warnings. */
export function budgetUse(limit: SpendLimit | undefined, spent: Spend): BudgetUse[] {
  const uses: BudgetUse[] = [];
  const add = (unit: BudgetUse['unit'], max: number | undefined, used: number) => {
    if (max === undefined) return;
    const share = used / max;
    uses.push({ unit, spent: used, limit: max, share, level: share >= 1 ? 'reached' : share >= NEAR_SHARE ? 'near' : 'ok' });
  };
  add('usd', limit?.costUsd, spent.costUsd);
  add('tokens', limit?.tokens, spent.tokens);
  return uses;
}

/** "$0.42" (to the cent, or to four places under a cent) or "1,234 tokens". */
export function amountLabel(unit: BudgetUse['unit'], value: number): string {
  if (unit === 'tokens') return `${Math.round(value).toLocaleString('en-US')} tokens`;
  return value !== 0 && Math.abs(value) < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`;
}

/** The most pressing use: reached before near before ok. */
export function worstUse(uses: readonly BudgetUse[]): BudgetUse | undefined {
  const rank = { reached: 2, near: 1, ok: 0 } as const;
  return [...uses].sort((a, b) => rank[b.level] - rank[a.level] || b.share - a.share)[0];
}
