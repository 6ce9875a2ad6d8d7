import { toolName, type BlockRegistry, type GraphFile } from '@blocksmith/engine';
import type { GraphSummary } from '@blocksmith/store';

/** An agent as an MCP tool: its name, what it does, and the JSON Schema of its run inputs. */
export interface AgentTool {
  name: string;
  description: string;
  inputSchema: { type: 'object'; properties: Record<string, unknown>; required: string[] };
  graphId: string;
}

const typeOf = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;

/** The run inputs of a graph, from its Input blocks: typed by their default value, required when they have none. */
export function runInputSchema(graph: GraphFile, registry: BlockRegistry): AgentTool['inputSchema'] {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const node of graph.nodes) {
    if (registry.get(node.block)?.kind !== 'input' || typeof node.inputs?.name !== 'string') continue;
    const { name, value, description } = node.inputs as { name: string; value?: unknown; description?: unknown };
    const type = typeOf(value);
    properties[name] = {
      ...(type ? { type } : {}),
      ...(typeof description === 'string' && description ? { description } : {}),
      ...(value !== undefined ? { default: value } : {}),
    };
    if (value === undefined) required.push(name);
  }
  return { type: 'object', properties, required };
}

/**
 * Names agents as tools: from their names, stable while the older of two
 * same-named agents exists (it keeps the plain name; the other gets a piece
 * of its id), and never one of the platform's own tool names.
 */
export function agentToolNames(agents: GraphSummary[], taken: Iterable<string>): Map<string, string> {
  const used = new Set(taken);
  const names = new Map<string, string>();
  for (const agent of agents) {
    // The engine's tool names (letters, digits, `_` and `-`, at most 60): valid for MCP, and for models when an agent calls it.
    let name = toolName(agent.name);
    if (used.has(name)) name = `${name}_${agent.id.replace(/-/g, '').slice(0, 8)}`;
    used.add(name);
    names.set(agent.id, name);
  }
  return names;
}
