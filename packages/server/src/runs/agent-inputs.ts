import type { BlockRegistry, GraphFile } from '@blocksmith/engine';

/** One run input of an agent: an Input block with a name. */
export interface AgentInput {
  name: string;
  /** Its default's JSON type; undefined when it has no default (any value). */
  type?: 'string' | 'number' | 'boolean' | 'object' | 'array';
  description?: string;
  default?: unknown;
  /** No default: a run must give it. */
  required: boolean;
}

const typeOf = (value: unknown): AgentInput['type'] => {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : undefined;
};

/** The run inputs of a graph, from its Input blocks, in their order: typed by their default value, required when they have none. */
export function agentInputs(graph: GraphFile, registry: BlockRegistry): AgentInput[] {
  const inputs: AgentInput[] = [];
  for (const node of graph.nodes) {
    if (registry.get(node.block)?.kind !== 'input' || typeof node.inputs?.name !== 'string') continue;
    const { name, value, description } = node.inputs as { name: string; value?: unknown; description?: unknown };
    if (inputs.some((input) => input.name === name)) continue;
    const type = typeOf(value);
    inputs.push({
      name,
      ...(type ? { type } : {}),
      ...(typeof description === 'string' && description ? { description } : {}),
      ...(value !== undefined ? { default: value } : {}),
      required: value === undefined,
    });
  }
  return inputs;
}

/** The names of a graph's Output blocks, in their order, each once. */
export function agentOutputs(graph: GraphFile, registry: BlockRegistry): string[] {
  const names = graph.nodes.flatMap((node) => (registry.get(node.block)?.kind === 'output' && typeof node.inputs?.name === 'string' ? [node.inputs.name] : []));
  return [...new Set(names)];
}
