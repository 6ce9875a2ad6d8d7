import type { UsageTotals } from '@blocksmith/sdk';

/**
 * One budget a run counts against: the run's own, or what is left of an agent's or a person's budget
 * for a day or a month. `spentBefore` is what the budget's period had spent before this run began.
 */
export interface BudgetLimit {
  /** Which budget, as a person reads it: "this run's budget", "the agent's daily budget", "your monthly budget". */
  name: string;
  unit: 'usd' | 'tokens';
  limit: number;
  spentBefore: number;
}

/** What a run's usage adds to a budget of this unit. */
const spentBy = (usage: UsageTotals | undefined, unit: BudgetLimit['unit']): number =>
  usage === undefined ? 0 : unit === 'usd' ? usage.costUsd : usage.inputTokens + usage.outputTokens;

/** Dollars to four places, and a fraction of a cent to two significant digits (a cheap model's call costs millionths). */
const amount = (unit: BudgetLimit['unit'], value: number): string => {
  if (unit === 'tokens') return `${Math.round(value)} tokens`;
  return `$${value === 0 || value >= 0.01 ? value.toFixed(4) : value.toFixed(Math.min(12, 1 - Math.floor(Math.log10(value))))}`;
};

/** The first budget this usage reached, with what it has spent then; undefined while every one has room. */
export function reachedBudget(limits: readonly BudgetLimit[], usage: UsageTotals | undefined): { limit: BudgetLimit; spent: number } | undefined {
  for (const limit of limits) {
    const spent = limit.spentBefore + spentBy(usage, limit.unit);
    if (spent >= limit.limit) return { limit, spent };
  }
  return undefined;
}

/** Which budget was reached, and spent of limit: "Budget reached: the agent's daily budget — $0.5200 of $0.5000 spent." */
export function budgetReached({ limit, spent }: { limit: BudgetLimit; spent: number }): string {
  return `Budget reached: ${limit.name} — ${amount(limit.unit, spent)} of ${amount(limit.unit, limit.limit)} spent.`;
}

/** Why a run stopped: which budget, spent of limit, and what now. */
export function budgetMessage(reached: { limit: BudgetLimit; spent: number }): string {
  return `${budgetReached(reached)} No more model calls are made; raise the budget or wait for its period to renew.`;
}

/** The budgets a sub-run counts against: the parent's, with what the parent has spent so far counted as spent before. */
export function budgetsAfter(limits: readonly BudgetLimit[], usage: UsageTotals | undefined): BudgetLimit[] {
  return limits.map((limit) => ({ ...limit, spentBefore: limit.spentBefore + spentBy(usage, limit.unit) }));
}
