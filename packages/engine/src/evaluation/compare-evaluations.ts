/** A case as one side of a comparison reads it. */
export interface ComparedSide {
  caseId: string;
  score: number;
}

/** How a case moved from the base evaluation to the head one. */
export type CaseChange = 'improved' | 'regressed' | 'same' | 'added' | 'removed';

export interface CaseComparison {
  caseId: string;
  base?: number;
  head?: number;
  change: CaseChange;
}

/** Score differences smaller than this are noise from rounding, not a change. */
const SAME_WITHIN = 1e-9;

/**
 * Compares two evaluations case by case (the dataset's cases, in the head's order, then those only the
 * base ran): which improved, which regressed, which are new or gone.
 */
export function compareCases(base: readonly ComparedSide[], head: readonly ComparedSide[]): { cases: CaseComparison[]; improved: number; regressed: number } {
  const before = new Map(base.map((c) => [c.caseId, c.score]));
  const seen = new Set<string>();
  const cases: CaseComparison[] = head.map(({ caseId, score }) => {
    seen.add(caseId);
    const was = before.get(caseId);
    if (was === undefined) return { caseId, head: score, change: 'added' };
    const change: CaseChange = score > was + SAME_WITHIN ? 'improved' : score < was - SAME_WITHIN ? 'regressed' : 'same';
    return { caseId, base: was, head: score, change };
  });
  for (const { caseId, score } of base) if (!seen.has(caseId)) cases.push({ caseId, base: score, change: 'removed' });
  return { cases, improved: cases.filter((c) => c.change === 'improved').length, regressed: cases.filter((c) => c.change === 'regressed').length };
}
