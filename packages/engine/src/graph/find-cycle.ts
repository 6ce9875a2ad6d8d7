import type { GraphLink } from './graph-file.ts';

/** Returns the node ids of one cycle in order, or undefined when the links are acyclic. */
export function findCycle(nodeIds: string[], links: GraphLink[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const link of links) {
    const list = next.get(link.from.node) ?? [];
    list.push(link.to.node);
    next.set(link.from.node, list);
  }
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];

  const visit = (id: string): string[] | undefined => {
    state.set(id, 'open');
    path.push(id);
    for (const to of next.get(id) ?? []) {
      const s = state.get(to);
      if (s === 'open') return path.slice(path.indexOf(to));
      if (s === undefined) {
        const found = visit(to);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };

  for (const id of nodeIds) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}
