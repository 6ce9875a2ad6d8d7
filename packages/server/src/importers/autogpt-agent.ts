import type { GraphLink, GraphNode } from '@blocksmith/engine';
import { z } from 'zod';
import { AUTOGPT_BLOCKS, AUTOGPT_TEXT_GENERATOR, type BlockEquivalent } from './autogpt-blocks.ts';
import type { ForeignImport } from './foreign-import.ts';

const position = z.object({ x: z.number(), y: z.number() }).partial();
const autogptLink = z.object({
  id: z.string().optional(),
  source_id: z.string().min(1),
  sink_id: z.string().min(1),
  source_name: z.string().min(1),
  sink_name: z.string().min(1),
  is_static: z.boolean().optional(),
});
const autogptNode = z.object({
  id: z.string().min(1),
  block_id: z.string().min(1),
  input_default: z.record(z.string(), z.unknown()).optional(),
  metadata: z.object({ position: position.optional() }).passthrough().optional(),
  input_links: z.array(autogptLink).optional(),
  output_links: z.array(autogptLink).optional(),
});

/** An AutoGPT Platform agent file: a graph of nodes (blocks by UUID, with `input_default`) and links between pins by name. */
export const autogptAgentFile = z
  .object({
    name: z.string().optional(),
    description: z.string().optional(),
    nodes: z.array(autogptNode),
    links: z.array(autogptLink).optional(),
  })
  .passthrough();

type AutogptFile = z.output<typeof autogptAgentFile>;
type AutogptNode = z.output<typeof autogptNode>;

/** Whether a parsed JSON file is an AutoGPT agent: its nodes name blocks by `block_id`. */
export function isAutogptAgent(file: unknown): boolean {
  const nodes = (file as { nodes?: unknown })?.nodes;
  return Array.isArray(nodes) && nodes.length > 0 && nodes.every((n) => typeof (n as { block_id?: unknown })?.block_id === 'string');
}

/**
 * AutoGPT names the parts of a composite pin with separators: `values_#_key` (a dictionary's key),
 * `items_$_0` (a list's position), `obj_@_field` (an object's field). Here they are `values.key`,
 * `items[0]` and `obj.field` (docs/semantics.md rule 7).
 */
export function ourPin(pin: string, renames: Record<string, string> = {}): string {
  const match = /^(.+?)_([#$@])_(.+)$/.exec(pin);
  if (!match) return renames[pin] ?? pin;
  const [, base, separator, rest] = match;
  const ours = renames[base!] ?? base!;
  return separator === '$' ? `${ours}[${rest}]` : `${ours}.${ourPin(rest!)}`;
}

/** A node id here: AutoGPT's UUIDs are fine as they are; anything else is made so. */
const nodeId = (id: string): string => id.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 200);

function settingsOf(node: AutogptNode, equivalent: BlockEquivalent): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const [pin, value] of Object.entries(node.input_default ?? {})) {
    if (equivalent.drop?.includes(pin) || value === null || value === undefined) continue;
    const ours = ourPin(pin, equivalent.inputs);
    inputs[ours] = typeof value === 'string' ? (equivalent.values?.[ours]?.[value] ?? value) : value;
  }
  return inputs;
}

/**
 * An AutoGPT agent file as a graph of ours: each node whose block has an equivalent becomes that block,
 * with its settings and links carried over pin by pin; every other node stays as a node of the unknown
 * block `autogpt:<UUID>` with its settings, so the graph is saved as a draft whose problems name it.
 */
export function fromAutogptAgent(raw: unknown): ForeignImport {
  const file: AutogptFile = autogptAgentFile.parse(raw);
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  const unmapped: ForeignImport['unmapped'] = [];
  const equivalents = new Map<string, BlockEquivalent | undefined>();
  /** Where a link into an AI text generator's prompt values goes instead: the template made for it. */
  const promptTemplates = new Set<string>();

  for (const node of file.nodes) {
    const id = nodeId(node.id);
    const at = node.metadata?.position;
    const place = at && typeof at.x === 'number' && typeof at.y === 'number' ? { position: { x: at.x, y: at.y } } : {};
    const equivalent = AUTOGPT_BLOCKS[node.block_id];
    equivalents.set(node.id, equivalent);
    if (!equivalent) {
      unmapped.push({ node: id, reason: `AutoGPT block ${node.block_id} has no equivalent here` });
      nodes.push({ id, block: `autogpt:${node.block_id}`, inputs: { ...(node.input_default ?? {}) }, ...place, label: `AutoGPT block ${node.block_id}` });
      continue;
    }
    const inputs = settingsOf(node, equivalent);
    if (node.block_id === AUTOGPT_TEXT_GENERATOR) {
      // The prompt's {{keys}} are filled by a template before the model, from the node's prompt values.
      const template = `${id}.prompt`;
      promptTemplates.add(node.id);
      const values = node.input_default?.prompt_values;
      nodes.push({
        id: template,
        block: 'text.template',
        inputs: { template: inputs.prompt ?? '', ...(values && typeof values === 'object' ? { values } : {}) },
        ...(place.position ? { position: { x: place.position.x - 280, y: place.position.y } } : {}),
        label: 'Prompt',
      });
      delete inputs.prompt;
      links.push({ from: { node: template, output: 'result' }, to: { node: id, input: 'prompt' } });
    }
    nodes.push({ id, block: equivalent.block, inputs, ...place });
  }

  const known = new Set(file.nodes.map((n) => n.id));
  const seen = new Set<string>();
  const allLinks = [...(file.links ?? []), ...file.nodes.flatMap((n) => [...(n.input_links ?? []), ...(n.output_links ?? [])])];
  for (const link of allLinks) {
    const key = `${link.source_id}\u0000${link.source_name}\u0000${link.sink_id}\u0000${link.sink_name}`;
    if (seen.has(key) || !known.has(link.source_id) || !known.has(link.sink_id)) continue;
    seen.add(key);
    const source = equivalents.get(link.source_id);
    const sink = equivalents.get(link.sink_id);
    let to = { node: nodeId(link.sink_id), input: ourPin(link.sink_name, sink?.inputs) };
    if (promptTemplates.has(link.sink_id) && (link.sink_name === 'prompt' || link.sink_name.startsWith('prompt_values'))) {
      to = { node: `${nodeId(link.sink_id)}.prompt`, input: link.sink_name === 'prompt' ? 'template' : ourPin(link.sink_name, { prompt_values: 'values' }) };
    }
    links.push({
      from: { node: nodeId(link.source_id), output: ourPin(link.source_name, source?.outputs) },
      to,
      ...(link.is_static ? { static: true } : {}),
    });
  }

  const name = (file.name ?? '').trim().slice(0, 200) || 'Imported AutoGPT agent';
  return {
    graph: { schemaVersion: 1, name, ...(file.description ? { description: file.description.slice(0, 10_000) } : {}), nodes, links },
    unmapped,
    from: 'autogpt',
  };
}
