/** What one model call used, as a block reports it. */
export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
  /** In US dollars; absent when the model's price is not known. */
  costUsd?: number;
}

/** Model use summed over a node run or a graph run. */
export interface UsageTotals {
  inputTokens: number;
  outputTokens: number;
  /** In US dollars, over the calls whose price is known. */
  costUsd: number;
  calls: number;
  /** Calls to models whose price is not known, so `costUsd` leaves them out. */
  unpricedCalls: number;
}

/** Adds one call (or other totals) to `totals`, starting from zero when there are none yet. */
export function addUsage(totals: UsageTotals | undefined, usage: ModelUsage | UsageTotals): UsageTotals {
  const sum = totals ?? { inputTokens: 0, outputTokens: 0, costUsd: 0, calls: 0, unpricedCalls: 0 };
  const isTotals = 'calls' in usage;
  return {
    inputTokens: sum.inputTokens + usage.inputTokens,
    outputTokens: sum.outputTokens + usage.outputTokens,
    costUsd: sum.costUsd + (usage.costUsd ?? 0),
    calls: sum.calls + (isTotals ? usage.calls : 1),
    unpricedCalls: sum.unpricedCalls + (isTotals ? usage.unpricedCalls : usage.costUsd === undefined ? 1 : 0),
  };
}
