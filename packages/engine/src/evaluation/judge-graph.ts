import type { GraphFile } from '../graph/graph-file.ts';
import type { OutputScore, RunEvaluatorSpec } from './evaluator.ts';

/** What a judge or an evaluator agent is shown of one case. */
export interface CaseUnderJudgement {
  /** The agent's output being scored (the value, or all of them). */
  output: unknown;
  /** The case's expectation for that output, when it has one. */
  expected?: unknown;
  /** The inputs the case ran the agent with. */
  inputs: Record<string, unknown>;
}

/** The shape a judge must answer in, checked by the structured-answer block (which asks again on a bad answer). */
export const VERDICT_SCHEMA = {
  type: 'object',
  properties: {
    score: { type: 'number', minimum: 0, maximum: 1, description: '1 when the answer fully meets the rubric, 0 when not at all.' },
    reason: { type: 'string', description: 'One or two sentences on why.' },
  },
  required: ['score', 'reason'],
} as const;

/** Each part of the case shown to a judge is cut here, so a huge output cannot make a prompt (and a run record) without end. */
const PART_CHARS = 20_000;

const block = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return text.length > PART_CHARS ? `${text.slice(0, PART_CHARS)}\n… (cut at ${PART_CHARS} characters)` : text;
};

/** What the judge is asked: the rubric, then the case, then the answer to grade. */
export function judgePrompt(rubric: string, under: CaseUnderJudgement): string {
  return [
    'You grade one answer of an AI agent against a rubric. Score it from 0 to 1 and say why in one or two sentences.',
    `Rubric:\n${rubric}`,
    `The agent's inputs:\n${block(under.inputs)}`,
    ...(under.expected !== undefined ? [`A reference answer:\n${block(under.expected)}`] : []),
    `The agent's answer:\n${under.output === undefined ? '(no answer)' : block(under.output)}`,
  ].join('\n\n');
}

/** The output of a judge run that holds its verdict. */
export const VERDICT_OUTPUT = 'verdict';

/** What a judge run records in its trigger: enough to build its graph again on a resume or in a worker. */
export interface JudgeSettings {
  output: string;
  model: string;
  credential?: string;
  prompt: string;
}

/**
 * The graph a model judge runs: one structured-answer node asked the prompt, its answer on the `verdict`
 * output. It is built from the judge's settings (in its run's trigger) on every start and resume, like a
 * node run alone: a judge is not an agent anyone saved.
 */
export function judgeGraph(judge: JudgeSettings): GraphFile {
  return {
    schemaVersion: 1,
    name: `Judge of ${judge.output}`,
    nodes: [
      {
        id: 'judge',
        block: 'ai.structured',
        inputs: {
          prompt: judge.prompt,
          schema: VERDICT_SCHEMA,
          model: judge.model,
          temperature: 0,
          ...(judge.credential ? { credential: judge.credential } : {}),
        },
      },
      { id: VERDICT_OUTPUT, block: 'output', inputs: { name: VERDICT_OUTPUT } },
    ],
    links: [{ from: { node: 'judge', output: 'response' }, to: { node: VERDICT_OUTPUT, input: 'value' } }],
  };
}

/** The inputs an evaluator agent is given, as far as it declares them: it may take only what it needs. */
export function evaluatorAgentInputs(declared: readonly string[], under: CaseUnderJudgement, outputName: string): Record<string, unknown> {
  const offered: Record<string, unknown> = { output: under.output, expected: under.expected, inputs: under.inputs, output_name: outputName };
  return Object.fromEntries(declared.filter((name) => Object.hasOwn(offered, name) && offered[name] !== undefined).map((name) => [name, offered[name]]));
}

/**
 * Reads the score a judge or an evaluator agent gave from its run's outputs: a judge's `verdict`
 * ({score, reason}), an agent's `score` and `reason` outputs. A missing or out-of-range score is a
 * score of 0 with a reason that says so, not a crash.
 */
export function verdictOf(spec: RunEvaluatorSpec, outputs: Record<string, unknown[]>): Pick<OutputScore, 'score' | 'reason'> {
  const first = (name: string) => (Object.hasOwn(outputs, name) ? outputs[name]![0] : undefined);
  const verdict =
    spec.kind === 'judge' ? (first(VERDICT_OUTPUT) as { score?: unknown; reason?: unknown } | undefined) : { score: first('score'), reason: first('reason') };
  const score = typeof verdict?.score === 'string' ? Number(verdict.score) : verdict?.score;
  const reason = typeof verdict?.reason === 'string' ? verdict.reason : verdict?.reason === undefined ? '' : JSON.stringify(verdict.reason);
  const who = spec.kind === 'judge' ? 'The judge' : `Evaluator agent ${spec.graphId}`;
  if (typeof score !== 'number' || !Number.isFinite(score)) return { score: 0, reason: `${who} gave no score${reason ? `: ${reason}` : '.'}` };
  if (score < 0 || score > 1)
    return {
      score: Math.min(1, Math.max(0, score)),
      reason: `${who} scored ${score}, outside 0..1 (taken as ${Math.min(1, Math.max(0, score))}). ${reason}`.trim(),
    };
  return { score, reason };
}
