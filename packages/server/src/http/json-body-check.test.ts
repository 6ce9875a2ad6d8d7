import { describe, expect, it } from 'vitest';
import { jsonBodyProblem, MAX_JSON_DEPTH } from './json-body-check.ts';

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('jsonBodyProblem', () => {
  it('takes nesting up to the limit and names where it goes past', () => {
    expect(jsonBodyProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(jsonBodyProblem({ nodes: [{ inputs: nested(MAX_JSON_DEPTH) }] })).toBe(
      'body.nodes.0.inputs.0.0…: nested deeper than 256 levels; flatten the value.',
    );
    expect(jsonBodyProblem(nested(100_000))).toMatch(/^body\.0\.0\.0\.0\.0…: nested deeper/);
  });

  it('takes surrogate pairs and refuses half of one, in values and keys', () => {
    expect(jsonBodyProblem({ name: 'ok 😀', list: ['é', 1, null, true] })).toBeUndefined();
    expect(jsonBodyProblem(JSON.parse('{"a":{"name":"half \\ud83d"}}'))).toBe(
      'body.a.name: holds half of a UTF-16 surrogate pair (e.g. \\ud83d alone); send well-formed Unicode.',
    );
    expect(jsonBodyProblem(JSON.parse('{"inputs":{"\\ude00":1}}'))).toMatch(/^body\.inputs\.\ude00: the key holds half/u);
    expect(jsonBodyProblem('\ud83d')).toMatch(/^body: holds half/);
  });
});
