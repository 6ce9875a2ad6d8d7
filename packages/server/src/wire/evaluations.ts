import { evaluatorSpec } from '@blocksmith/engine';
import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp, usageTotals, valuesByName } from './common.ts';
import { graphRunStatus } from './runs.ts';

export const evaluator = named('Evaluator', evaluatorSpec);

const score01 = z.number().min(0).max(1);

export const dataset = named(
  'Dataset',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    description: z.string(),
    graphId: z.string().optional().describe('The agent it was made for.'),
    evaluators: z.array(evaluator).describe('How evaluations score each output.'),
    threshold: score01.describe('The score a case, and an evaluation, must reach to pass.'),
    cases: z.number().int().describe('How many cases it has.'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const datasetCase = named(
  'DatasetCase',
  z.object({
    id: z.string(),
    position: z.number().int(),
    inputs: valuesByName.describe("Values for the agent's Input blocks, by name."),
    expected: valuesByName.describe('What each output should be, by output name.'),
    fromRunId: z.string().optional().describe('The run it was made from.'),
  }),
);

export const datasetAnswer = z.object({ dataset });
export const datasetList = z.object({ datasets: z.array(dataset) });
export const datasetDetail = z.object({ dataset, cases: z.array(datasetCase) });
export const caseList = z.object({ cases: z.array(datasetCase) });
export const caseAnswer = z.object({ case: datasetCase });

export const outputScore = named(
  'OutputScore',
  z.object({
    output: z.string(),
    evaluator: z.string(),
    score: score01,
    reason: z.string(),
    runId: z.string().optional().describe("The judge's or evaluator agent's run."),
  }),
);

export const evaluationSummary = named(
  'EvaluationSummary',
  z.object({
    cases: z.number().int(),
    done: z.number().int().describe('Cases whose run and evaluators ended.'),
    score: score01.describe('Mean case score of the cases done.'),
    passRate: score01,
    passed: z.boolean().describe('The score reached the threshold, every case done.'),
    failedRuns: z.number().int(),
    usage: usageTotals.describe("The agent's runs and the judges' and evaluator agents' runs."),
    p50LatencyMs: z.number().optional(),
    p95LatencyMs: z.number().optional(),
  }),
);

export const evaluation = named(
  'Evaluation',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    userId: z.string().optional(),
    graphId: z.string(),
    graphVersion: z.number().int(),
    datasetId: z.string().optional().describe('Absent once the dataset is deleted.'),
    datasetName: z.string(),
    evaluators: z.array(evaluator),
    threshold: score01,
    concurrency: z.number().int(),
    status: z.enum(['RUNNING', 'COMPLETED', 'FAILED', 'TERMINATED']),
    summary: evaluationSummary.optional(),
    error: z.string().optional(),
    createdAt: timestamp,
    endedAt: timestamp.optional(),
  }),
);

export const evaluationCase = named(
  'EvaluationCase',
  z.object({
    caseId: z.string(),
    position: z.number().int(),
    inputs: valuesByName,
    expected: valuesByName,
    runId: z.string().optional(),
    status: z.union([graphRunStatus, z.literal('PENDING')]),
    outputs: z.record(z.string(), z.array(z.unknown())).optional(),
    scores: z.array(outputScore).optional(),
    score: score01.optional(),
    usage: usageTotals.optional(),
    latencyMs: z.number().optional(),
    error: z.string().optional(),
  }),
);

export const evaluationAnswer = z.object({ evaluation });
export const evaluationList = z.object({ evaluations: z.array(evaluation) });
export const evaluationDetail = z.object({ evaluation, cases: z.array(evaluationCase) });

export const evaluationComparison = named(
  'EvaluationComparison',
  z.object({
    base: evaluation,
    head: evaluation,
    improved: z.number().int(),
    regressed: z.number().int(),
    cases: z.array(
      z.object({
        caseId: z.string(),
        position: z.number().int(),
        inputs: valuesByName,
        base: evaluationCase.optional(),
        head: evaluationCase.optional(),
        change: z.enum(['improved', 'regressed', 'same', 'added', 'removed']),
      }),
    ),
  }),
);
