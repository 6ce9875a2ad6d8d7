import { describe, expect, it } from 'vitest';
import { expectedOutputs, newEvaluator, withKind } from './evaluator-form.ts';
import { cellText, formatOfFile, parseObjectCell } from './json-cell.ts';

describe('dataset cells and evaluators', () => {
  it('reads a cell as an object of values, naming what is wrong', () => {
    expect(parseObjectCell('{"topic": "owls"}', 'Inputs')).toEqual({ value: { topic: 'owls' } });
    expect(parseObjectCell('  ', 'Inputs')).toEqual({ value: {} });
    expect(parseObjectCell('[1]', 'Expected')).toEqual({ error: 'Expected must be an object of values by name, like {"topic": "owls"}.' });
    expect(parseObjectCell('{', 'Inputs')).toMatchObject({ error: expect.stringMatching(/^Inputs must be JSON: /) });
    expect(cellText({})).toBe('');
    expect(formatOfFile('cases.JSONL')).toBe('jsonl');
    expect(formatOfFile('cases.csv')).toBe('csv');
  });

  it('makes evaluators with their defaults, keeps the output when the kind changes, and offers the outputs the cases expect', () => {
    expect(newEvaluator('judge', 'answer')).toEqual({ kind: 'judge', output: 'answer', rubric: '', model: 'gpt-4o-mini' });
    expect(withKind({ kind: 'exact', output: 'answer' }, 'number')).toEqual({ kind: 'number', output: 'answer', tolerance: 0 });
    expect(expectedOutputs([{ expected: { a: 1 } }, { expected: { a: 2, b: 3 } }])).toEqual(['a', 'b']);
  });
});
