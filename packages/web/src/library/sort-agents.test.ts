import { describe, expect, it } from 'vitest';
import type { LibraryGraph } from '../api/types.ts';
import { sortAgents } from './sort-agents.ts';

const agent = (name: string, updatedAt: number, lastRun?: number): LibraryGraph =>
  ({
    id: name,
    name,
    description: '',
    latestVersion: 1,
    createdAt: updatedAt,
    updatedAt,
    mcp: false,
    webhooks: 0,
    lastRun: lastRun ? { runId: `r-${name}`, status: 'COMPLETED', createdAt: lastRun } : null,
  }) as LibraryGraph;

const graphs = [
  agent('beta', Date.parse('2026-12-01T00:00:00Z')),
  agent('Alpha', Date.parse('2026-12-03T00:00:00Z'), Date.parse('2026-12-02T00:00:00Z')),
  agent('gamma', Date.parse('2026-12-02T00:00:00Z'), Date.parse('2026-12-04T00:00:00Z')),
];
const names = (list: LibraryGraph[]) => list.map((g) => g.name);

describe('sortAgents', () => {
  it('orders by name without regard to case', () => {
    expect(names(sortAgents(graphs, 'name'))).toEqual(['Alpha', 'beta', 'gamma']);
  });

  it('puts the most recently changed first', () => {
    expect(names(sortAgents(graphs, 'updated'))).toEqual(['Alpha', 'gamma', 'beta']);
  });

  it('puts the most recently run first and agents never run last', () => {
    expect(names(sortAgents(graphs, 'lastRun'))).toEqual(['gamma', 'Alpha', 'beta']);
  });

  it('leaves the list it was given as it was', () => {
    sortAgents(graphs, 'name');
    expect(names(graphs)).toEqual(['beta', 'Alpha', 'gamma']);
  });
});
