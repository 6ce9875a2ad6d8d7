import { describe, expect, it } from 'vitest';
import { evaluatorSpec, type LocalEvaluatorSpec } from './evaluator.ts';
import { scoreOutput } from './score-output.ts';

const spec = (raw: Record<string, unknown>) => evaluatorSpec.parse({ output: 'answer', ...raw }) as LocalEvaluatorSpec;
const expecting = (value: unknown) => ({ has: true, value });
const nothing = { has: false, value: undefined };

describe('scoring an output in place', () => {
  it('exact: equal text, with trimming and case folding when asked; JSON values compared by content', () => {
    expect(scoreOutput(spec({ kind: 'exact' }), 'Paris', expecting('Paris'))?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'exact' }), ' paris ', expecting('Paris'))).toMatchObject({ score: 0, reason: 'Expected "Paris", got " paris ".' });
    expect(scoreOutput(spec({ kind: 'exact', trim: true, ignoreCase: true }), ' paris ', expecting('Paris'))?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'exact' }), { b: 2, a: [1] }, expecting({ a: [1], b: 2 }))?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'exact' }), 'x', nothing)).toBeUndefined();
  });

  it('contains: the share of the expected parts found, naming the missing ones', () => {
    expect(scoreOutput(spec({ kind: 'contains' }), 'The capital is Paris.', expecting('Paris'))?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'contains', ignoreCase: true }), 'PARIS and LYON', expecting(['paris', 'lyon', 'nice']))).toMatchObject({
      score: 2 / 3,
      reason: 'Does not contain "nice".',
    });
  });

  it("regex: the evaluator's pattern, or the case's expectation as the pattern; a runaway pattern is stopped and scores 0", () => {
    expect(scoreOutput(spec({ kind: 'regex', pattern: '^\\d{3}$' }), '123', nothing)?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'regex' }), 'order #12', expecting('#\\d+'))?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'regex' }), 'x', nothing)).toBeUndefined();
    expect(scoreOutput(spec({ kind: 'regex' }), 'x', expecting(5))?.reason).toMatch(/must be a pattern/);
    const runaway = scoreOutput(spec({ kind: 'regex', pattern: '^(a+)+$' }), `${'a'.repeat(40)}b`, nothing);
    expect(runaway).toMatchObject({ score: 0 });
    expect(runaway?.reason).toMatch(/took longer than .* simplify it/);
    // Not tried again: each try would hold the process for the whole budget.
    expect(scoreOutput(spec({ kind: 'regex', pattern: '^(a+)+$' }), 'aab', nothing)?.reason).toMatch(/ran over 200 ms before, so it is not tried again/);
  });

  it('json_subset: the share of expected leaves the output holds, reading JSON text; extra keys are fine', () => {
    expect(scoreOutput(spec({ kind: 'json_subset' }), '{"city":"Paris","country":"FR","pop":2}', expecting({ city: 'Paris', country: 'FR' }))?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'json_subset' }), { city: 'Lyon', tags: ['a', 'b'] }, expecting({ city: 'Paris', tags: ['a', 'b'] }))).toMatchObject({
      score: 2 / 3,
      reason: '2 of 3 expected values match; first difference at $.city.',
    });
  });

  it('number: within an absolute or a relative tolerance; text that is not a number scores 0', () => {
    expect(scoreOutput(spec({ kind: 'number', tolerance: 0.5 }), 10.4, expecting(10))?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'number', tolerance: 0.05, relative: true }), '104', expecting(100))?.score).toBe(1);
    expect(scoreOutput(spec({ kind: 'number' }), 11, expecting(10))).toMatchObject({ score: 0, reason: '11 is 1 away from 10; at most 0 passes.' });
    expect(scoreOutput(spec({ kind: 'number' }), 'many', expecting(10))?.reason).toBe('"many" is not a number.');
  });

  it('json_schema: the evaluator’s schema or the expectation; names where the output breaks it', () => {
    const schema = { type: 'object', properties: { score: { type: 'number' } }, required: ['score'] };
    expect(scoreOutput(spec({ kind: 'json_schema', schema }), '{"score": 3}', nothing)?.score).toBe(1);
    const broken = scoreOutput(spec({ kind: 'json_schema' }), { score: 'high' }, expecting(schema));
    expect(broken).toMatchObject({ score: 0 });
    expect(broken?.reason).toMatch(/^Does not match the JSON Schema at score:/);
  });
});
