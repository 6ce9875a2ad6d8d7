import { describe, expect, it } from 'vitest';
import { MAX_RESULT_CHARS, toolOutputs } from './tool-results.ts';

describe('tool outputs', () => {
  it('gives every output as its list of values, one value or many', () => {
    expect(toolOutputs({ one: ['a'], many: [1, 2, 3], none: [] })).toEqual({ outputs: { one: ['a'], many: [1, 2, 3], none: [] } });
  });

  it('keeps values in order while they fit, cuts the one that does not, and counts the ones left out', () => {
    const big = 'x'.repeat(MAX_RESULT_CHARS / 2);
    const answer = toolOutputs({ first: [big], second: [big, big, 'small'] });
    expect(answer.outputs.first).toEqual([big]);
    expect(answer.outputs.second).toHaveLength(1);
    expect(answer.outputs.second![0]).toMatchObject({ truncated: true });
    expect(JSON.stringify(answer.outputs).length).toBeLessThan(MAX_RESULT_CHARS + 200);
    expect(answer.omittedValues).toBe(2);
  });
});
