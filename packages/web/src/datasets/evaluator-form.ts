import type { Evaluator } from '../api/types.ts';

export type EvaluatorKind = Evaluator['kind'];

/** The evaluators a person can pick, as the form names them. */
export const EVALUATOR_KINDS: { kind: EvaluatorKind; label: string }[] = [
  { kind: 'exact', label: 'equals the expected' },
  { kind: 'contains', label: 'contains the expected' },
  { kind: 'regex', label: 'matches a pattern' },
  { kind: 'json_subset', label: 'holds the expected JSON' },
  { kind: 'number', label: 'number within a tolerance' },
  { kind: 'json_schema', label: 'matches a JSON Schema' },
  { kind: 'judge', label: 'a model judges it' },
  { kind: 'agent', label: 'an agent judges it' },
];

/** A new evaluator of a kind for an output, with the settings it needs filled with defaults. */
export function newEvaluator(kind: EvaluatorKind, output: string): Evaluator {
  switch (kind) {
    case 'number':
      return { kind, output, tolerance: 0 };
    case 'judge':
      return { kind, output, rubric: '', model: 'gpt-4o-mini' };
    case 'agent':
      return { kind, output, graphId: '' };
    default:
      return { kind, output } as Evaluator;
  }
}

/** The evaluator changed to another kind, keeping its output. */
export const withKind = (evaluator: Evaluator, kind: EvaluatorKind): Evaluator => (evaluator.kind === kind ? evaluator : newEvaluator(kind, evaluator.output));

/** Output names the agent's expectations use: where a new evaluator starts. */
export function expectedOutputs(cases: { expected: Record<string, unknown> }[]): string[] {
  return [...new Set(cases.flatMap((c) => Object.keys(c.expected)))];
}
