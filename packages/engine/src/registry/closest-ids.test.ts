import { describe, expect, it } from 'vitest';
import { closestIds } from './closest-ids.ts';

describe('closestIds', () => {
  const known = ['math.arithmetic', 'math.round', 'text.split', 'list.length', 'text.length'];

  it('suggests ids a few edits away', () => {
    expect(closestIds('math.arithmatic', known)).toEqual(['math.arithmetic']);
  });

  it('suggests ids sharing the last segment', () => {
    expect(closestIds('str.length', known)).toEqual(['list.length', 'text.length']);
  });

  it('suggests nothing for an unrelated id', () => {
    expect(closestIds('weather.forecast', known)).toEqual([]);
  });
});
