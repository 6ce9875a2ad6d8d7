import { budgetReached, reachedBudget, type BudgetLimit, type RunTrigger, type SpendLimit } from '@blocksmith/engine';
import type { AgentBudget, Store } from '@blocksmith/store';
import { Refusal } from '../platform/refusal.ts';

/** The first millisecond of the UTC day and month `now` falls in: budgets' periods. */
export function periodStarts(now: number): { day: number; month: number } {
  const date = new Date(now);
  return { day: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()), month: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) };
}

/** The tighter of two limits, unit by unit: a person may set their budget below the operator's, never above. */
export function tighter(a: SpendLimit | undefined, b: SpendLimit | undefined): SpendLimit | undefined {
  if (!a || !b) return a ?? b;
  const pick = (x: number | undefined, y: number | undefined) => (x === undefined ? y : y === undefined ? x : Math.min(x, y));
  const costUsd = pick(a.costUsd, b.costUsd);
  const tokens = pick(a.tokens, b.tokens);
  return { ...(costUsd !== undefined ? { costUsd } : {}), ...(tokens !== undefined ? { tokens } : {}) };
}

/** Each budget as a person reads its name, and when its period renews. */
const BUDGETS: Record<'run' | 'day' | 'month' | 'person' | 'app', { name: string; renews?: string }> = {
  run: { name: "this run's budget" },
  day: { name: "the agent's daily budget", renews: 'at midnight UTC' },
  app: { name: "the app's daily budget", renews: 'at midnight UTC' },
  month: { name: "the agent's monthly budget", renews: 'on the 1st of the month (UTC)' },
  person: { name: 'your monthly budget', renews: 'on the 1st of the month (UTC)' },
};

const limitsOf = (name: string, limit: SpendLimit | undefined, spent: { costUsd: number; tokens: number } = { costUsd: 0, tokens: 0 }): BudgetLimit[] => [
  ...(limit?.costUsd !== undefined ? [{ name, unit: 'usd' as const, limit: limit.costUsd, spentBefore: spent.costUsd }] : []),
  ...(limit?.tokens !== undefined ? [{ name, unit: 'tokens' as const, limit: limit.tokens, spentBefore: spent.tokens }] : []),
];

/**
 * A run as budgets see it: its agent and that agent's budgets (as the caller read them with the version it
 * runs), the person it acts for, its own budget, what started it (an app page's visitor counts against the
 * app's budget), and — resumed — its id (its own use is counted as it replays).
 */
export interface BudgetedRun {
  id?: string | undefined;
  graphId: string;
  agent: AgentBudget | undefined;
  userId?: string | undefined;
  budget?: SpendLimit | undefined;
  trigger?: RunTrigger | undefined;
}

/**
 * Every budget a run counts against, with what each period spent before it: the run's own budget (a start
 * option, else the agent's per-run budget), the agent's daily and monthly budgets, and the monthly budget
 * of the person it acts for (the operator's, or theirs when lower), and for an app page's run the app's daily
 * budget. Spend is read only for budgets that are set.
 */
export async function budgetsFor(store: Store, operatorMonthly: SpendLimit | undefined, run: BudgetedRun, now = Date.now()): Promise<BudgetLimit[]> {
  const { agent } = run;
  const person = run.userId === undefined ? undefined : tighter(operatorMonthly, await store.spend.userBudget(run.userId));
  const { day, month } = periodStarts(now);
  const app = run.trigger?.kind === 'app' ? await store.apps.byId(run.trigger.appId) : undefined;
  return [
    ...(app?.dailyBudget ? limitsOf(BUDGETS.app.name, app.dailyBudget, await store.apps.spendSince(app.id, day, run.id)) : []),
    ...limitsOf(BUDGETS.run.name, run.budget ?? agent?.run),
    ...(agent?.day ? limitsOf(BUDGETS.day.name, agent.day, await store.spend.ofGraph(run.graphId, day, run.id)) : []),
    ...(agent?.month ? limitsOf(BUDGETS.month.name, agent.month, await store.spend.ofGraph(run.graphId, month, run.id)) : []),
    ...(person && run.userId ? limitsOf(BUDGETS.person.name, person, await store.spend.ofUser(run.userId, month, run.id)) : []),
  ];
}

/** Refuses a start when a budget it counts against is already spent, naming which and when it renews. */
export function refuseSpentBudgets(limits: readonly BudgetLimit[]): void {
  const reached = reachedBudget(limits, undefined);
  if (!reached) return;
  const when = Object.values(BUDGETS).find((budget) => budget.name === reached.limit.name)?.renews;
  throw new Refusal('conflict', 'budget_reached', `${budgetReached(reached)} No run starts until it is raised${when ? ` or renews ${when}` : ''}.`, {
    budget: reached.limit.name,
    unit: reached.limit.unit,
    spent: reached.spent,
    limit: reached.limit.limit,
  });
}
