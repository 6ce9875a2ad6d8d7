import { describeTypes, parsePin, requiredInputs, sinkPinSchema, typesCompatible, ownProperty } from '@blocksmith/sdk';
import type { z } from 'zod';
import type { BlockRegistry } from '../registry/block-registry.ts';
import { graphFileSchema, type GraphFile, type GraphLink } from './graph-file.ts';
import type { GraphIssue } from './graph-issue.ts';
import { checkToolLinks } from './check-tool-links.ts';
import { findCycle } from './find-cycle.ts';

export interface GraphValidation {
  /** The graph, when it can run: no issue at all. */
  graph?: GraphFile;
  /** The graph as read whenever its format is valid, runnable or not: what a draft saves. */
  wellFormed?: GraphFile;
  issues: GraphIssue[];
}

/** Checks a graph against the format and the block registry; collects every issue. */
export function validateGraph(input: unknown, registry: BlockRegistry): GraphValidation {
  const parsed = graphFileSchema.safeParse(input);
  if (!parsed.success) return { issues: parsed.error.issues.map(formatIssue) };
  const graph = parsed.data;
  const issues: GraphIssue[] = [];
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));

  const seen = new Set<string>();
  for (const node of graph.nodes) {
    if (seen.has(node.id)) {
      issues.push({ code: 'duplicate_node', nodeId: node.id, message: `Node id "${node.id}" is used twice: give every node a unique id.` });
    }
    seen.add(node.id);
    const block = registry.get(node.block);
    if (!block) {
      const hint = registry.suggest(node.block);
      issues.push({
        code: 'unknown_block',
        nodeId: node.id,
        message: `Node "${node.id}" uses unknown block "${node.block}"${hint.length ? ` (did you mean ${hint.map((id) => `"${id}"`).join(', ')}?)` : ''}.`,
      });
      continue;
    }
    for (const [name, value] of Object.entries(node.inputs ?? {})) {
      const field = ownProperty(block.input.shape, name) as z.ZodType | undefined;
      if (!field) {
        issues.push({
          code: 'unknown_pin',
          nodeId: node.id,
          pin: name,
          message: `Node "${node.id}" (${block.id}) has no input "${name}"; its inputs are: ${Object.keys(block.input.shape).join(', ')}.`,
        });
        continue;
      }
      const check = field.safeParse(value);
      if (!check.success) {
        issues.push({
          code: 'invalid_default',
          nodeId: node.id,
          pin: name,
          message: `Node "${node.id}" input "${name}": ${check.error.issues[0]?.message ?? 'invalid value'}.`,
        });
      }
    }
  }

  const linkKeys = new Set<string>();
  for (const link of graph.links) issues.push(...checkLink(link, nodes, registry, linkKeys));
  issues.push(...checkToolLinks(graph, registry));

  // Linked pins by node, gathered once: graphs may have thousands of nodes and links.
  const linkedPins = new Set(graph.links.map((l) => `${l.to.node}\u0000${parsePin(l.to.input).input}`));
  for (const node of graph.nodes) {
    const block = registry.get(node.block);
    if (!block || block.kind === 'note') continue;
    for (const name of requiredInputs(block)) {
      if (linkedPins.has(`${node.id}\u0000${name}`) || node.inputs?.[name] !== undefined) continue;
      issues.push({
        code: 'missing_input',
        nodeId: node.id,
        pin: name,
        message: `Node "${node.id}" (${block.id}) needs input "${name}": link a value into it or give it a default.`,
      });
    }
  }

  const cycle = findCycle(
    graph.nodes.map((n) => n.id),
    graph.links,
  );
  if (cycle) {
    issues.push({
      code: 'cycle',
      nodeId: cycle[0],
      message: `Links form a cycle (${[...cycle, cycle[0]].join(' → ')}); graphs must be acyclic: iterate with list.for_each or repeat work in a sub-graph (agent.run_graph).`,
    });
  }
  return issues.length ? { wellFormed: graph, issues } : { graph, wellFormed: graph, issues };
}

function checkLink(link: GraphLink, nodes: Map<string, GraphFile['nodes'][number]>, registry: BlockRegistry, linkKeys: Set<string>): GraphIssue[] {
  const where = `Link ${link.from.node}.${link.from.output} → ${link.to.node}.${link.to.input}`;
  const source = nodes.get(link.from.node);
  const sink = nodes.get(link.to.node);
  const issues: GraphIssue[] = [];
  if (!source) issues.push({ code: 'unknown_node', nodeId: link.from.node, message: `${where}: no node "${link.from.node}" in the graph.` });
  if (!sink) issues.push({ code: 'unknown_node', nodeId: link.to.node, message: `${where}: no node "${link.to.node}" in the graph.` });
  if (!source || !sink) return issues;
  const key = `${link.from.node}\u0000${link.from.output}\u0000${link.to.node}\u0000${link.to.input}`;
  if (linkKeys.has(key)) return [{ code: 'duplicate_link', nodeId: sink.id, pin: link.to.input, message: `${where} appears twice: remove the duplicate.` }];
  linkKeys.add(key);
  const sourceBlock = registry.get(source.block);
  const sinkBlock = registry.get(sink.block);
  if (!sourceBlock || !sinkBlock) return issues;
  if (sourceBlock.kind === 'note' || sinkBlock.kind === 'note') {
    return [{ code: 'note_link', nodeId: sourceBlock.kind === 'note' ? source.id : sink.id, message: `${where}: note nodes are comments and take no links.` }];
  }
  const outSchema = registry.outputSchema(source.block, link.from.output);
  if (!outSchema && !sourceBlock.dynamicOutputs) {
    const outputs = [...Object.keys(sourceBlock.output.shape), 'error'].join(', ');
    issues.push({
      code: 'unknown_pin',
      nodeId: source.id,
      pin: link.from.output,
      message: `${where}: block ${source.block} has no output "${link.from.output}"; its outputs are: ${outputs}.`,
    });
  }
  const pin = parsePin(link.to.input);
  const pinSchema = registry.inputSchema(sink.block, pin.input);
  if (!pinSchema) {
    issues.push({
      code: 'unknown_pin',
      nodeId: sink.id,
      pin: link.to.input,
      message: `${where}: block ${sink.block} has no input "${pin.input}"; its inputs are: ${Object.keys(sinkBlock.input.shape).join(', ')}.`,
    });
    return issues;
  }
  const inSchema = sinkPinSchema(pinSchema, pin);
  if (inSchema === null) {
    const shape = pin.kind === 'element' ? 'a list' : 'an object';
    issues.push({
      code: 'unknown_pin',
      nodeId: sink.id,
      pin: link.to.input,
      message: `${where}: input "${pin.input}" of ${sink.block} is not ${shape}, so "${link.to.input}" cannot be linked.`,
    });
    return issues;
  }
  if (outSchema && !typesCompatible(outSchema, inSchema)) {
    issues.push({
      code: 'incompatible_link',
      nodeId: sink.id,
      pin: link.to.input,
      message: `${where}: output type ${describeTypes(outSchema)} does not fit input type ${describeTypes(inSchema)}; convert it first (e.g. with data.convert).`,
    });
  }
  return issues;
}

function formatIssue(issue: z.core.$ZodIssue): GraphIssue {
  const path = issue.path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  return { code: 'invalid_format', message: `${path || 'graph'}: ${issue.message}` };
}
