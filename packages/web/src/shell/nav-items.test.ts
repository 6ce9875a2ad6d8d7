import { describe, expect, it } from 'vitest';
import { currentPlace } from './nav-items.ts';

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
  });

  it('marks nothing for an address that is not a place', () => {
    expect(currentPlace('/nowhere')).toBeUndefined();
    expect(currentPlace('/runsfoo')).toBeUndefined();
  });
});
