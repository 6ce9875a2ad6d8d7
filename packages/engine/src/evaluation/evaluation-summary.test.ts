import { describe, expect, it } from 'vitest';
import { compareCases } from './compare-evaluations.ts';
import { caseScore, summarize } from './evaluation-summary.ts';
import { evaluatorSpec } from './evaluator.ts';
import { judgeGraph, judgePrompt, verdictOf } from './judge-graph.ts';

const usage = (costUsd: number) => ({ inputTokens: 10, outputTokens: 5, costUsd, calls: 1, unpricedCalls: 0 });

describe('evaluation totals', () => {
  it('a case scores the mean of its outputs, 0 when its run failed, 1 when it completed with nothing to compare', () => {
    expect(caseScore('COMPLETED', [{ score: 1 }, { score: 0.5 }])).toBe(0.75);
    expect(caseScore('FAILED', [])).toBe(0);
    expect(caseScore('COMPLETED', [])).toBe(1);
  });

  it('sums cost and tokens, takes nearest-rank latency percentiles, and passes only once every case is done at the threshold', () => {
    const outcomes = [
      {
        caseId: 'a',
        status: 'COMPLETED' as const,
        scores: [{ output: 'x', evaluator: 'exact' as const, score: 1, reason: '' }],
        usage: usage(0.01),
        latencyMs: 100,
      },
      {
        caseId: 'b',
        status: 'COMPLETED' as const,
        scores: [{ output: 'x', evaluator: 'exact' as const, score: 0.5, reason: '' }],
        usage: usage(0.02),
        latencyMs: 300,
      },
      { caseId: 'c', status: 'FAILED' as const, scores: [], latencyMs: 200 },
    ];
    const summary = summarize(outcomes, 3, 0.5);
    expect(summary).toMatchObject({ cases: 3, done: 3, score: 0.5, passRate: 2 / 3, passed: true, failedRuns: 1, p50LatencyMs: 200, p95LatencyMs: 300 });
    expect(summary.usage).toMatchObject({ inputTokens: 20, outputTokens: 10, calls: 2 });
    expect(summary.usage.costUsd).toBeCloseTo(0.03);
    expect(summarize(outcomes.slice(0, 2), 3, 0.5).passed).toBe(false);
    expect(summarize(outcomes, 3, 0.9).passed).toBe(false);
  });

  it('compares two evaluations case by case: improved, regressed, same, added, removed', () => {
    const compared = compareCases(
      [
        { caseId: 'a', score: 1 },
        { caseId: 'b', score: 0.5 },
        { caseId: 'c', score: 1 },
        { caseId: 'gone', score: 1 },
      ],
      [
        { caseId: 'a', score: 0 },
        { caseId: 'b', score: 1 },
        { caseId: 'c', score: 1 },
        { caseId: 'new', score: 1 },
      ],
    );
    expect(compared.cases.map((c) => [c.caseId, c.change])).toEqual([
      ['a', 'regressed'],
      ['b', 'improved'],
      ['c', 'same'],
      ['new', 'added'],
      ['gone', 'removed'],
    ]);
    expect(compared).toMatchObject({ improved: 1, regressed: 1 });
  });
});

describe('a model judge and an evaluator agent', () => {
  const judge = evaluatorSpec.parse({ kind: 'judge', output: 'answer', rubric: 'Names the capital.' });
  const agent = evaluatorSpec.parse({ kind: 'agent', output: 'answer', graphId: 'g' });

  it('asks the judge with the rubric, the inputs, the reference and the answer, cutting a huge answer', () => {
    const prompt = judgePrompt('Names the capital.', { inputs: { country: 'France' }, expected: 'Paris', output: 'x'.repeat(30_000) });
    expect(prompt).toContain('Rubric:\nNames the capital.');
    expect(prompt).toContain('"country": "France"');
    expect(prompt).toContain('A reference answer:\nParis');
    expect(prompt).toContain('(cut at 20000 characters)');
    const graph = judgeGraph({ output: 'answer', model: 'm', prompt });
    expect(graph.nodes.map((n) => n.block)).toEqual(['ai.structured', 'output']);
  });

  it('reads a verdict, and a missing or out-of-range score as a reasoned score rather than a crash', () => {
    expect(verdictOf(judge as never, { verdict: [{ score: 0.7, reason: 'Close.' }] })).toEqual({ score: 0.7, reason: 'Close.' });
    expect(verdictOf(agent as never, { score: ['1'], reason: ['Right.'] })).toEqual({ score: 1, reason: 'Right.' });
    expect(verdictOf(agent as never, { reason: ['?'] })).toEqual({ score: 0, reason: 'Evaluator agent g gave no score: ?' });
    expect(verdictOf(judge as never, { verdict: [{ score: 7, reason: 'Great.' }] }).score).toBe(1);
  });
});
