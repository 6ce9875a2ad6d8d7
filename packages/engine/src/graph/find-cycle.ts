import type { GraphLink } from './graph-file.ts';

/**
 * Returns the node ids of one cycle in order, or undefined when the links are
 * acyclic. Depth-first with its own stack: a graph may be a chain of
 * thousands of nodes, deeper than the call stack allows recursion.
 */
export function findCycle(nodeIds: string[], links: GraphLink[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const link of links) {
    const list = next.get(link.from.node) ?? [];
    list.push(link.to.node);
    next.set(link.from.node, list);
  }
  const state = new Map<string, 'open' | 'done'>();
  // The open path: each node with the index of its next successor to look at.
  const path: { id: string; successor: number }[] = [];

  for (const start of nodeIds) {
    if (state.has(start)) continue;
    state.set(start, 'open');
    path.push({ id: start, successor: 0 });
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const to = next.get(top.id)?.[top.successor++];
      if (to === undefined) {
        state.set(top.id, 'done');
        path.pop();
      } else if (state.get(to) === 'open') {
        return path.slice(path.findIndex((step) => step.id === to)).map((step) => step.id);
      } else if (!state.has(to)) {
        state.set(to, 'open');
        path.push({ id: to, successor: 0 });
      }
    }
  }
  return undefined;
}
