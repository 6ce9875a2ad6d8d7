import type { UsageTotals } from '@blocksmith/sdk/usage';

const tokens = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** "1.2K in · 340 out · $0.0021", with a note when some calls had no known price. */
export function usageLabel(usage: UsageTotals): string {
  const cost = usage.calls > usage.unpricedCalls ? ` · $${formatCost(usage.costUsd)}` : '';
  const unpriced = usage.unpricedCalls > 0 ? ` (${usage.unpricedCalls} call${usage.unpricedCalls === 1 ? '' : 's'} at unknown price)` : '';
  return `${tokens.format(usage.inputTokens)} in · ${tokens.format(usage.outputTokens)} out${cost}${unpriced}`;
}

/** Enough digits to show a fraction of a cent. */
function formatCost(usd: number): string {
  if (usd === 0) return '0';
  return usd >= 1 ? usd.toFixed(2) : usd.toPrecision(2);
}
