import { useQuery } from '@tanstack/react-query';
import { Gauge } from 'lucide-react';
import { api } from '../api/client.ts';
import { amountLabel, budgetUse, worstUse } from '../ship/budget-use.ts';

/** Read again now and then: runs spend while the page stays open. */
const REFRESH_MS = 60_000;

/** Tells the person when their monthly model budget is nearly or wholly spent, on every page. */
export function BudgetNotice() {
  const budget = useQuery({ queryKey: ['account', 'budget'], queryFn: api.accountBudget, refetchInterval: REFRESH_MS });
  const use = budget.data && worstUse(budgetUse(budget.data.limit, budget.data.month));
  if (!use || use.level === 'ok') return null;
  return (
    <div className={`budget-notice budget-${use.level}`} role="status" data-testid="budget-notice">
      <Gauge size={14} aria-hidden /> Your monthly model budget is {use.level === 'reached' ? 'spent' : 'nearly spent'}: {amountLabel(use.unit, use.spent)} of{' '}
      {amountLabel(use.unit, use.limit)}
      {use.level === 'reached' ? '. Runs acting for you do not start until the 1st of the month (UTC).' : '.'}
    </div>
  );
}
