import type { LibraryGraph } from '../api/types.ts';

export type AgentOrder = 'updated' | 'name' | 'lastRun';

export const AGENT_ORDERS: { value: AgentOrder; label: string }[] = [
  { value: 'updated', label: 'Recently changed' },
  { value: 'lastRun', label: 'Recently run' },
  { value: 'name', label: 'Name' },
];

/** The library's agents in the chosen order; agents never run come after those that ran, by name among themselves. */
export function sortAgents(graphs: readonly LibraryGraph[], order: AgentOrder): LibraryGraph[] {
  const byName = (a: LibraryGraph, b: LibraryGraph) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
  const newest = (a: number | undefined, b: number | undefined) => (b ?? 0) - (a ?? 0);
  const compare: Record<AgentOrder, (a: LibraryGraph, b: LibraryGraph) => number> = {
    name: byName,
    updated: (a, b) => newest(a.updatedAt, b.updatedAt) || byName(a, b),
    lastRun: (a, b) => newest(a.lastRun?.createdAt, b.lastRun?.createdAt) || byName(a, b),
  };
  return [...graphs].sort(compare[order]);
}
