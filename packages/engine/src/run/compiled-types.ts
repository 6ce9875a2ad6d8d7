import type { AgentTool, AnyBlock } from '@blocksmith/sdk';
import type { GraphNode, StoredGraph } from '../graph/graph-file.ts';

/*
 * The shapes of a compiled graph, apart from the code that makes them, so that
 * compiling a graph and binding an agent's tools can both use them without
 * importing each other.
 */

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

/** A tool node as its agent sees it, with the pins the model fills. */
export interface ToolBinding extends AgentTool {
  compiled: CompiledNode;
  /** The tool node's pins linked from the agent: the model's arguments. */
  pins: string[];
  /** A tool source: its tools are known only once it has listed them (see GraphRun.listTools). */
  source: boolean;
}
