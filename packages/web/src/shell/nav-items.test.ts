import { describe, expect, it } from 'vitest';
import { currentPlace, isEditor } from './nav-items.ts';

describe('currentPlace', () => {
  it('marks the place a page belongs to', () => {
    expect(currentPlace('/')).toBe('/');
    expect(currentPlace('/agents')).toBe('/agents');
    expect(currentPlace('/copilot/0193')).toBe('/copilot');
    expect(currentPlace('/runs')).toBe('/runs');
  });

  it('puts an agent’s editor and its runs under Agents, not Home', () => {
    expect(currentPlace('/graphs/new')).toBe('/agents');
    expect(currentPlace('/graphs/abc/runs/def')).toBe('/agents');
    expect(currentPlace('/graphs/abc/ship')).toBe('/agents');
  });

  it('tells an agent’s editor from its Ship page', () => {
    expect(isEditor('/graphs/abc')).toBe(true);
    expect(isEditor('/graphs/abc/runs/def')).toBe(true);
    expect(isEditor('/graphs/abc/ship')).toBe(false);
  });

  it('puts datasets and evaluations under Datasets', () => {
    expect(currentPlace('/datasets/abc')).toBe('/datasets');
    expect(currentPlace('/evaluations/abc/compare/def')).toBe('/datasets');
  });

  it('marks nothing for an address that is not a place', () => {
    expect(currentPlace('/nowhere')).toBeUndefined();
    expect(currentPlace('/runsfoo')).toBeUndefined();
  });
});
