import type { AnyBlock } from '@blocksmith/sdk';
import type { GraphFile, GraphLink, GraphNode, StoredGraph } from '../graph/graph-file.ts';
import { parsePin } from '@blocksmith/sdk';
import type { BlockRegistry } from '../registry/block-registry.ts';
import { bindTools, isToolLink, type ToolBinding } from './tool-bindings.ts';

/** One place a yielded value goes: a pin of a sink node. */
export interface Delivery {
  sink: CompiledNode;
  pin: string;
  static: boolean;
}

/** A node with everything the scheduler needs precomputed. */
export interface CompiledNode {
  node: GraphNode;
  block: AnyBlock;
  /** Distinct sink pins that have at least one incoming link. */
  linkedPins: string[];
  /** Outgoing deliveries, by output name. */
  outgoing: Map<string, Delivery[]>;
  /** Whether a failure is handled because the `error` output is linked. */
  errorHandled: boolean;
  /** Whether any linked pin is a list element or an object key. */
  hasCompositePins: boolean;
  /** For an agent node: the nodes linked from its tools output. */
  tools: ToolBinding[];
  /** For a tool node: the agent that calls it; it never runs on its own. */
  toolOf?: CompiledNode;
}

/** A validated graph ready to run any number of times. */
export interface CompiledGraph {
  graph: StoredGraph;
  nodes: CompiledNode[];
  byId: Map<string, CompiledNode>;
  /** Input-block nodes by the run input name they receive. */
  inputNames: Map<string, CompiledNode[]>;
}

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
