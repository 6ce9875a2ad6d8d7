import type { Evaluation } from '../api/types.ts';
import { Badge } from '../ui/components/badge.tsx';
import { durationLabel } from '../ui/duration-label.ts';
import { amountLabel } from './budget-use.ts';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** An evaluation's status in a tone: passed, not passed, running. */
export function EvaluationVerdict({ evaluation }: { evaluation: Evaluation }) {
  if (evaluation.status === 'RUNNING')
    return <Badge tone="run">running {evaluation.summary ? `${evaluation.summary.done}/${evaluation.summary.cases}` : ''}</Badge>;
  if (evaluation.status !== 'COMPLETED') return <Badge tone="fail">{evaluation.status.toLowerCase()}</Badge>;
  return evaluation.summary?.passed ? <Badge tone="ok">passed</Badge> : <Badge tone="fail">not passed</Badge>;
}

/** The totals of an evaluation, as cells of a row or terms of a list. */
export function summaryFacts(evaluation: Evaluation): [string, string][] {
  const s = evaluation.summary;
  if (!s) return [['score', '…']];
  return [
    ['score', `${s.score.toFixed(3)} (threshold ${evaluation.threshold})`],
    ['pass rate', `${percent(s.passRate)} of ${s.cases}`],
    ['cost', `${amountLabel('usd', s.usage.costUsd)} · ${amountLabel('tokens', s.usage.inputTokens + s.usage.outputTokens)}`],
    ['latency', s.p50LatencyMs === undefined ? '–' : `p50 ${durationLabel(s.p50LatencyMs)} · p95 ${durationLabel(s.p95LatencyMs ?? s.p50LatencyMs)}`],
  ];
}
