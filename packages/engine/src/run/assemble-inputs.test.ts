import { describe, expect, it } from 'vitest';
import { assembleInputs } from './assemble-inputs.ts';

describe('assembleInputs', () => {
  it('linked values override defaults', () => {
    expect(assembleInputs({ a: 1, b: 2 }, { a: 5 }, false)).toEqual({ a: 5, b: 2 });
  });

  it('list elements go to their index; the default fills the rest; holes are dropped', () => {
    expect(assembleInputs({ items: ['d0', 'd1'] }, { 'items[1]': 'L1', 'items[3]': 'L3' }, true)).toEqual({ items: ['d0', 'L1', 'L3'] });
    expect(assembleInputs(undefined, { 'items[2]': 'c', 'items[0]': 'a' }, true)).toEqual({ items: ['a', 'c'] });
  });

  it('object keys set on top of the default object', () => {
    expect(assembleInputs({ values: { a: 1, b: 1 } }, { 'values.b': 2, 'values.c': 3 }, true)).toEqual({ values: { a: 1, b: 2, c: 3 } });
  });

  it('does not change the defaults it was given', () => {
    const defaults = { items: [1], values: { a: 1 } };
    assembleInputs(defaults, { 'items[0]': 9, 'values.a': 9 }, true);
    expect(defaults).toEqual({ items: [1], values: { a: 1 } });
  });
});
