import type { BlockRegistry } from '../registry/block-registry.ts';
import type { GraphFile, StoredGraph } from './graph-file.ts';
import { UnknownNodeError } from './unknown-node-error.ts';

/**
 * The graph that runs one node alone (docs/semantics.md rule 17): that node, with `inputs` — values for
 * its pins, as its links would have brought them — set over its settings, and, for an agent, the tool
 * nodes it may call with the links that make them its tools. Nothing else of the graph runs. It keeps
 * the agent's id but not its version: it is not that version (the engine caches compiled versions by both).
 */
export function singleNodeGraph(
  { version: _version, ...graph }: GraphFile & Partial<Pick<StoredGraph, 'id' | 'version'>>,
  nodeId: string,
  inputs: Record<string, unknown>,
  registry: BlockRegistry,
): GraphFile & { id?: string } {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) throw new UnknownNodeError(nodeId);
  const toolsOutput = registry.get(node.block)?.toolsOutput;
  const toolLinks = toolsOutput === undefined ? [] : graph.links.filter((l) => l.from.node === nodeId && l.from.output === toolsOutput);
  const tools = new Set(toolLinks.map((l) => l.to.node));
  return {
    ...graph,
    name: `${graph.name}: ${node.label ?? node.id} alone`,
    nodes: [{ ...node, inputs: { ...node.inputs, ...inputs } }, ...graph.nodes.filter((n) => tools.has(n.id) && n.id !== nodeId)],
    links: toolLinks,
  };
}
