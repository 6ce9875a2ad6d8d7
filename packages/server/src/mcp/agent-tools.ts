import { toolName, type BlockRegistry, type GraphFile } from '@blocksmith/engine';
import type { GraphSummary } from '@blocksmith/store';
import { agentInputs } from '../runs/agent-inputs.ts';

/** An agent as an MCP tool: its name, what it does, and the JSON Schema of its run inputs. */
export interface AgentTool {
  name: string;
  description: string;
  inputSchema: { type: 'object'; properties: Record<string, unknown>; required: string[] };
  graphId: string;
}

/** The run inputs of a graph, from its Input blocks, as a JSON Schema: typed by their default value, required when they have none. */
export function runInputSchema(graph: GraphFile, registry: BlockRegistry): AgentTool['inputSchema'] {
  const inputs = agentInputs(graph, registry);
  const properties: Record<string, unknown> = {};
  for (const { name, type, description, default: value } of inputs) {
    properties[name] = { ...(type ? { type } : {}), ...(description ? { description } : {}), ...(value !== undefined ? { default: value } : {}) };
  }
  return { type: 'object', properties, required: inputs.flatMap((input) => (input.required ? [input.name] : [])) };
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
