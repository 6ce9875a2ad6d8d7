import { parsePin } from '@blocksmith/sdk';
import type { GraphFile, GraphLink, StoredGraph } from '../graph/graph-file.ts';
import type { BlockRegistry } from '../registry/block-registry.ts';
import type { CompiledGraph, CompiledNode } from './compiled-types.ts';
import { bindTools, isToolLink } from './tool-bindings.ts';

/** Resolves blocks and indexes links; the graph must already be validated. */
export function compileGraph(graph: GraphFile & Partial<Pick<StoredGraph, 'id' | 'version'>>, registry: BlockRegistry): CompiledGraph {
  const byId = new Map<string, CompiledNode>();
  const nodes = graph.nodes.map((node) => {
    const block = registry.get(node.block);
    if (!block) throw new Error(`Unknown block "${node.block}" on node "${node.id}": validate the graph before compiling it.`);
    const compiled: CompiledNode = { node, block, linkedPins: [], outgoing: new Map(), errorHandled: false, hasCompositePins: false, tools: [] };
    byId.set(node.id, compiled);
    return compiled;
  });
  const toolLinks = new Map<CompiledNode, { link: GraphLink; sink: CompiledNode }[]>();
  for (const link of graph.links) {
    const source = byId.get(link.from.node)!;
    const sink = byId.get(link.to.node)!;
    if (isToolLink(source, link)) {
      toolLinks.set(source, [...(toolLinks.get(source) ?? []), { link, sink }]);
      sink.toolOf = source;
      continue;
    }
    const list = source.outgoing.get(link.from.output) ?? [];
    list.push({ sink, pin: link.to.input, static: link.static === true || source.block.staticOutput });
    source.outgoing.set(link.from.output, list);
    if (link.from.output === 'error') source.errorHandled = true;
    if (!sink.linkedPins.includes(link.to.input)) sink.linkedPins.push(link.to.input);
    if (parsePin(link.to.input).kind !== 'plain') sink.hasCompositePins = true;
  }
  for (const [agent, links] of toolLinks) agent.tools = bindTools(links);
  const inputNames = new Map<string, CompiledNode[]>();
  for (const compiled of nodes) {
    const name = compiled.node.inputs?.name;
    if (compiled.block.kind !== 'input' || typeof name !== 'string') continue;
    inputNames.set(name, [...(inputNames.get(name) ?? []), compiled]);
  }
  return { graph, nodes, byId, inputNames };
}
