import type { GraphNode } from '../graph/graph-file.ts';
import type { CompiledGraph } from './compiled-types.ts';
import { RunInputError } from './run-input-error.ts';

/** An Input block without a default: every run must be given a value for it. */
export const needsRunValue = (node: Pick<GraphNode, 'inputs'>): boolean => node.inputs?.value === undefined;

/** Every given input must name an Input block; every Input block without a default must be given. */
export function checkRunInputs(graph: CompiledGraph, inputs: Record<string, unknown>): void {
  const problems: string[] = [];
  const known = [...graph.inputNames.keys()];
  for (const name of Object.keys(inputs)) {
    if (!graph.inputNames.has(name)) {
      problems.push(
        `Unknown run input "${name}": ${known.length ? `this graph's inputs are ${known.map((k) => `"${k}"`).join(', ')}` : 'this graph has no Input blocks'}.`,
      );
    }
  }
  for (const [name, nodes] of graph.inputNames) {
    if (Object.hasOwn(inputs, name)) continue;
    if (nodes.some((compiled) => needsRunValue(compiled.node))) {
      problems.push(`Run input "${name}" is required: give it a value, or give its Input block a default value.`);
    }
  }
  if (problems.length) throw new RunInputError(problems);
}
