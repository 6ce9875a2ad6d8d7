import { parsePin } from '@blocksmith/sdk';
import type { BlockRegistry } from '../registry/block-registry.ts';
import type { GraphFile } from './graph-file.ts';
import type { GraphIssue } from './graph-issue.ts';

/**
 * A tool node belongs to one agent and gets every linked value from it: the
 * agent runs it when the model calls it, so nothing else may feed it.
 */
export function checkToolLinks(graph: GraphFile, registry: BlockRegistry): GraphIssue[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const isToolLink = (link: GraphFile['links'][number]): boolean => {
    const source = nodes.get(link.from.node);
    const toolsOutput = source ? registry.get(source.block)?.toolsOutput : undefined;
    return toolsOutput !== undefined && toolsOutput === link.from.output;
  };
  const agentOf = new Map<string, string>();
  const issues: GraphIssue[] = [];
  for (const link of graph.links.filter(isToolLink)) {
    const where = `Tool link ${link.from.node}.${link.from.output} → ${link.to.node}.${link.to.input}`;
    const agent = agentOf.get(link.to.node);
    if (agent !== undefined && agent !== link.from.node) {
      issues.push({
        code: 'tool_link',
        nodeId: link.to.node,
        message: `${where}: node "${link.to.node}" is already a tool of "${agent}"; a node can be the tool of one agent only — duplicate it for the other.`,
      });
    }
    agentOf.set(link.to.node, link.from.node);
    if (parsePin(link.to.input).kind !== 'plain') {
      issues.push({
        code: 'tool_link',
        nodeId: link.to.node,
        pin: link.to.input,
        message: `${where}: a tool argument must be a whole input, not a list element or object key; link "${parsePin(link.to.input).input}" instead.`,
      });
    }
  }
  for (const link of graph.links) {
    const agent = agentOf.get(link.to.node);
    if (agent === undefined || isToolLink(link)) continue;
    issues.push({
      code: 'tool_link',
      nodeId: link.to.node,
      pin: link.to.input,
      message: `Link ${link.from.node}.${link.from.output} → ${link.to.node}.${link.to.input}: node "${link.to.node}" is a tool of "${agent}" and takes its inputs from the model's arguments and its own settings; remove this link and set the value on the node.`,
    });
  }
  return issues;
}
