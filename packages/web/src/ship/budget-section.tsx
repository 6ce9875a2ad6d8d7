import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { AgentBudget, SpendLimit } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { amountLabel, budgetUse, type BudgetUse } from './budget-use.ts';
import { SpendChart } from './spend-chart.tsx';

const CHART_DAYS = 30;
const PERIODS = [
  ['run', 'Each run'],
  ['day', 'Each day'],
  ['month', 'Each month'],
] as const;

type Period = (typeof PERIODS)[number][0];
type Fields = Record<Period, { costUsd: string; tokens: string }>;

const fieldsOf = (budget: AgentBudget | undefined): Fields =>
  Object.fromEntries(
    PERIODS.map(([period]) => [period, { costUsd: budget?.[period]?.costUsd?.toString() ?? '', tokens: budget?.[period]?.tokens?.toString() ?? '' }]),
  ) as Fields;

const limitOf = (field: { costUsd: string; tokens: string }): SpendLimit => ({
  ...(field.costUsd.trim() ? { costUsd: Number(field.costUsd) } : {}),
  ...(field.tokens.trim() ? { tokens: Number(field.tokens) } : {}),
});

/** A budget's use as a meter and words; near (80 %) and reached are called out. */
export function BudgetMeter({ name, use }: { name: string; use: BudgetUse }) {
  return (
    <div className={`budget-meter budget-${use.level}`} data-testid={`budget-${use.level}`}>
      <span>
        {name}: {amountLabel(use.unit, use.spent)} of {amountLabel(use.unit, use.limit)}
        {use.level === 'reached' ? ' — reached: no run starts until it renews or is raised' : use.level === 'near' ? ' — nearly spent' : ''}
      </span>
      <meter min={0} max={1} low={0.8} high={0.99} optimum={0} value={Math.min(1, use.share)} aria-label={`${name} used`} />
    </div>
  );
}

/** The agent's budgets (an admin sets them), what this day and month spent against them, and spend per day. */
export function BudgetSection({ graphId, mayManage }: { graphId: string; mayManage: boolean }) {
  const client = useQueryClient();
  const key = ['graphs', 'spend', graphId];
  const spend = useQuery({ queryKey: key, queryFn: () => api.agentSpend(graphId, CHART_DAYS) });
  const [fields, setFields] = useState<Fields>();
  const [error, setError] = useState<string>();
  const shown = fields ?? fieldsOf(spend.data?.budget);
  const budget = spend.data?.budget;

  const save = async () => {
    setError(undefined);
    try {
      const next: AgentBudget = {};
      for (const [period] of PERIODS) {
        const limit = limitOf(shown[period]);
        if (Object.keys(limit).length) next[period] = limit;
      }
      client.setQueryData(key, await api.setAgentBudget(graphId, next));
      setFields(undefined);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="ship-section" aria-labelledby="budget-title">
      <h2 id="budget-title">Budget</h2>
      {spend.data && (
        <>
          {[
            ...budgetUse(budget?.day, spend.data.today).map((use) => ['Today', use] as const),
            ...budgetUse(budget?.month, spend.data.month).map((use) => ['This month', use] as const),
          ].map(([name, use]) => (
            <BudgetMeter key={`${name}-${use.unit}`} name={name} use={use} />
          ))}
          <p className="small">
            Spent today {amountLabel('usd', spend.data.today.costUsd)} ({amountLabel('tokens', spend.data.today.tokens)}), this month{' '}
            {amountLabel('usd', spend.data.month.costUsd)} ({amountLabel('tokens', spend.data.month.tokens)}) over {spend.data.month.runs} runs.
          </p>
          {spend.data.days.length > 0 ? (
            <SpendChart days={spend.data.days} count={CHART_DAYS} now={Date.now()} />
          ) : (
            <p className="muted small">No model calls in the last {CHART_DAYS} days.</p>
          )}
        </>
      )}
      <form
        className="budget-form"
        aria-label="Agent budget"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {PERIODS.map(([period, label]) => (
          <fieldset key={period} disabled={!mayManage}>
            <legend>{label}</legend>
            {(['costUsd', 'tokens'] as const).map((unit) => (
              <label key={unit}>
                {unit === 'costUsd' ? 'at most $' : 'at most tokens'}
                <input
                  type="number"
                  min={unit === 'costUsd' ? 0.0001 : 1}
                  step={unit === 'costUsd' ? 'any' : 1}
                  aria-label={`${label}: at most ${unit === 'costUsd' ? 'dollars' : 'tokens'}`}
                  value={shown[period][unit]}
                  onChange={(e) => setFields({ ...shown, [period]: { ...shown[period], [unit]: e.target.value } })}
                />
              </label>
            ))}
          </fieldset>
        ))}
        {mayManage ? (
          <Button type="submit" variant="primary">
            Save budget
          </Button>
        ) : (
          <p className="muted small">An admin of the workspace sets the agent's budget.</p>
        )}
      </form>
      <FormError message={error} />
    </section>
  );
}
