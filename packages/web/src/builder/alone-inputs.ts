import type { NodePin } from '../api/types.ts';

type Edge = { source: string; sourceHandle?: string | null; target: string; targetHandle?: string | null };

/** The inputs a node's links fill (a list element or object key pin fills its whole input when run alone). */
export const linkedInputs = (edges: Edge[], nodeId: string): string[] => [
  ...new Set(edges.filter((e) => e.target === nodeId && e.targetHandle).map((e) => e.targetHandle!.replace(/[[.].*$/, ''))),
];

/**
 * What running a node alone starts from, for each linked input: its value in the run shown, or else the
 * first value pinned on the output that feeds it; undefined when neither has one.
 */
export function aloneInputs(
  linked: string[],
  edges: Edge[],
  nodeId: string,
  lastInputs: Record<string, unknown> | undefined,
  pins: Record<string, NodePin>,
): Record<string, unknown> {
  return Object.fromEntries(
    linked.map((name) => {
      if (lastInputs && Object.hasOwn(lastInputs, name)) return [name, lastInputs[name]];
      const feeding = edges.find((e) => e.target === nodeId && e.targetHandle === name && pins[e.source]);
      return [name, feeding ? pins[feeding.source]!.outputs[feeding.sourceHandle ?? '']?.[0] : undefined];
    }),
  );
}
