import { z } from 'zod';

/** The output of the agent an evaluator scores, by the name of its Output block. */
const output = z.string().trim().min(1, "must name one of the agent's outputs").max(200);

/**
 * How one output of an agent is scored against a case, 0..1. The first six compare the output with the
 * case's expectation for that output (or a setting of their own); a model judge and an agent as evaluator
 * run as runs of their own and record their reasons.
 */
export const evaluatorSpec = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('exact'),
      output,
      ignoreCase: z.boolean().optional().describe('Compare text regardless of case.'),
      trim: z.boolean().optional().describe('Ignore spaces around text.'),
    })
    .strict(),
  z.object({ kind: z.literal('contains'), output, ignoreCase: z.boolean().optional() }).strict(),
  z
    .object({
      kind: z.literal('regex'),
      output,
      pattern: z.string().min(1).max(1000).optional().describe("A pattern without slashes; absent, the case's expectation is the pattern."),
      ignoreCase: z.boolean().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('json_subset'), output }).strict(),
  z
    .object({
      kind: z.literal('number'),
      output,
      tolerance: z.number().min(0).default(0).describe('How far from the expectation still scores 1.'),
      relative: z.boolean().optional().describe('The tolerance is a fraction of the expectation (0.05 = 5 %).'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('json_schema'),
      output,
      schema: z.record(z.string(), z.unknown()).optional().describe("A JSON Schema; absent, the case's expectation is the schema."),
    })
    .strict(),
  z
    .object({
      kind: z.literal('judge'),
      output,
      rubric: z.string().trim().min(1, 'must say what a good answer is').max(10_000),
      model: z.string().min(1).max(200).default('gpt-4o-mini'),
      credential: z.string().max(100).optional().describe("The model credential's id; absent, the workspace's only model credential."),
    })
    .strict(),
  z
    .object({
      kind: z.literal('agent'),
      output,
      graphId: z
        .string()
        .min(1)
        .max(100)
        .describe('A saved agent with Inputs among `output`, `expected`, `inputs`, `output_name` and Outputs `score` and `reason`.'),
      version: z.number().int().min(1).optional(),
    })
    .strict(),
]);

export type EvaluatorSpec = z.output<typeof evaluatorSpec>;
export type EvaluatorKind = EvaluatorSpec['kind'];

/** Evaluators that run as runs of their own (a model, an agent); the others score in place. */
export type RunEvaluatorSpec = Extract<EvaluatorSpec, { kind: 'judge' | 'agent' }>;
export type LocalEvaluatorSpec = Exclude<EvaluatorSpec, RunEvaluatorSpec>;

export const runsAsRun = (spec: EvaluatorSpec): spec is RunEvaluatorSpec => spec.kind === 'judge' || spec.kind === 'agent';

/** What one evaluator said about one output of one case. */
export interface OutputScore {
  output: string;
  evaluator: EvaluatorKind;
  /** 0..1. */
  score: number;
  reason: string;
  /** The run that scored it (a judge's or an evaluator agent's). */
  runId?: string;
}

/** The value a run put out on `name`: the one value, all of them when several, undefined when none. */
export function outputValue(outputs: Record<string, unknown[]>, name: string): unknown {
  const values = Object.hasOwn(outputs, name) ? outputs[name]! : [];
  return values.length <= 1 ? values[0] : values;
}
