import type { UsageTotals } from '@blocksmith/sdk';
import type { GraphRunStatus } from '../run/records.ts';
import type { OutputScore } from './evaluator.ts';

/** One case of an evaluation once its run (and its evaluators) ended. */
export interface CaseOutcome {
  caseId: string;
  /** How the case's run of the agent ended. */
  status: GraphRunStatus;
  scores: OutputScore[];
  /** The agent's run, and its judges' and evaluator agents' runs: what the case cost. */
  usage?: UsageTotals | undefined;
  latencyMs?: number | undefined;
}

/**
 * A case's score: the mean of its outputs' scores; 0 when its run did not complete (a failing case fails
 * whatever it expected); 1 when it completed and nothing compared (a case with no expectations is a smoke test).
 */
export function caseScore(status: GraphRunStatus, scores: readonly Pick<OutputScore, 'score'>[]): number {
  if (status !== 'COMPLETED') return 0;
  return scores.length === 0 ? 1 : scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
}

export interface EvaluationSummary {
  cases: number;
  /** Cases whose run and evaluators ended. */
  done: number;
  /** Mean case score over the cases done, 0..1. */
  score: number;
  /** Fraction of the cases done that scored at least the threshold. */
  passRate: number;
  /** Whether the score reached the threshold (once every case is done). */
  passed: boolean;
  /** Cases whose agent run failed or was stopped. */
  failedRuns: number;
  usage: UsageTotals;
  p50LatencyMs?: number;
  p95LatencyMs?: number;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const NO_USAGE: UsageTotals = { inputTokens: 0, outputTokens: 0, costUsd: 0, calls: 0, unpricedCalls: 0 };

/** Totals an evaluation's cases: score, pass rate at `threshold`, cost, and latency percentiles. */
export function summarize(outcomes: readonly CaseOutcome[], cases: number, threshold: number): EvaluationSummary {
  const scores = outcomes.map((o) => caseScore(o.status, o.scores));
  const latencies = outcomes.flatMap((o) => (o.latencyMs === undefined ? [] : [o.latencyMs])).sort((a, b) => a - b);
  const usage = outcomes.reduce<UsageTotals>(
    (sum, o) =>
      o.usage
        ? {
            inputTokens: sum.inputTokens + o.usage.inputTokens,
            outputTokens: sum.outputTokens + o.usage.outputTokens,
            costUsd: sum.costUsd + o.usage.costUsd,
            calls: sum.calls + o.usage.calls,
            unpricedCalls: sum.unpricedCalls + o.usage.unpricedCalls,
          }
        : sum,
    NO_USAGE,
  );
  const score = scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  return {
    cases,
    done: outcomes.length,
    score,
    passRate: scores.length === 0 ? 0 : scores.filter((s) => s >= threshold).length / scores.length,
    passed: outcomes.length === cases && cases > 0 && score >= threshold,
    failedRuns: outcomes.filter((o) => o.status !== 'COMPLETED').length,
    usage,
    ...(p50 !== undefined ? { p50LatencyMs: p50 } : {}),
    ...(p95 !== undefined ? { p95LatencyMs: p95 } : {}),
  };
}
