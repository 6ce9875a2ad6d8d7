import type { GraphLink, GraphNode } from '@blocksmith/engine';
import { z } from 'zod';
import type { ForeignImport } from './foreign-import.ts';
import { readsOtherNodes } from './n8n-expressions.ts';
import { ITEMLESS_TRIGGERS, N8N_NODES, type MappedNode, type N8nNode } from './n8n-nodes.ts';

const n8nNode = z
  .object({
    name: z.string().min(1),
    type: z.string().min(1),
    parameters: z.record(z.string(), z.unknown()).default({}),
    position: z.tuple([z.number(), z.number()]).optional(),
    disabled: z.boolean().optional(),
  })
  .passthrough();
const connection = z.object({ node: z.string(), type: z.string().default('main'), index: z.number().int().min(0).default(0) }).passthrough();

/** An n8n workflow file: nodes by name, and `connections` from each node's outputs to other nodes' inputs. */
export const n8nWorkflowFile = z
  .object({
    name: z.string().optional(),
    nodes: z.array(n8nNode),
    connections: z.record(z.string(), z.record(z.string(), z.array(z.array(connection).nullable()))).default({}),
  })
  .passthrough();

/** Whether a parsed JSON file is an n8n workflow: typed, named nodes and a `connections` object. */
export function isN8nWorkflow(file: unknown): boolean {
  const { nodes, connections } = (file ?? {}) as { nodes?: unknown; connections?: unknown };
  return (
    Array.isArray(nodes) &&
    nodes.length > 0 &&
    nodes.every((n) => typeof (n as { type?: unknown })?.type === 'string' && typeof (n as { name?: unknown })?.name === 'string') &&
    typeof connections === 'object' &&
    connections !== null
  );
}

/** A node id from an n8n node's name ("HTTP Request" → http_request), unique in the graph. */
function idsByName(names: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 150) || 'node';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    ids.set(name, id);
  }
  return ids;
}

/**
 * An n8n workflow as a graph of ours. n8n hands each node the item the node before it put out, and its
 * parameters read that item in `{{ … }}` expressions; here the item travels on links, and each
 * expression becomes a code.javascript node computing the value from it (n8n's expressions are
 * JavaScript). Triggers become the Input `request` (Webhook) or a note (Schedule, which is a trigger of
 * the agent here); a node without an equivalent is kept as a node of the unknown block `n8n:<type>` with
 * its parameters, so the graph is a draft whose problems name it. Disabled nodes are left out.
 */
export function fromN8nWorkflow(raw: unknown): ForeignImport {
  const file = n8nWorkflowFile.parse(raw);
  const active = file.nodes.filter((n) => !n.disabled);
  const ids = idsByName(active.map((n) => n.name));
  const typeOf = new Map(active.map((n) => [n.name, n.type]));
  /** Nodes an item comes to: fed by a node that is there and puts one out. */
  const fed = new Set(
    Object.entries(file.connections)
      .filter(([source]) => typeOf.has(source) && !ITEMLESS_TRIGGERS.has(typeOf.get(source)!))
      .flatMap(([, outputs]) => (outputs.main ?? []).flat().flatMap((c) => (c ? [c.node] : []))),
  );
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  const unmapped: ForeignImport['unmapped'] = [];
  const notes: string[] = [];
  const mapped = new Map<string, MappedNode>();

  for (const node of active) {
    const id = ids.get(node.name)!;
    const position = node.position ? { position: { x: node.position[0], y: node.position[1] } } : {};
    const mapper = N8N_NODES[node.type];
    const mapping = mapper ? mapper(node as N8nNode, id, fed.has(node.name)) : { unmapped: `the n8n node type ${node.type} has no equivalent here` };
    if ('unmapped' in mapping) {
      unmapped.push({ node: id, reason: `"${node.name}": ${mapping.unmapped}` });
      nodes.push({ id, block: `n8n:${node.type}`, inputs: { ...node.parameters }, label: node.name, ...position });
      continue;
    }
    mapping.nodes.forEach((n, i) => nodes.push(i === 0 ? { ...n, ...position } : n));
    links.push(...mapping.links);
    notes.push(...(mapping.notes ?? []));
    if (Object.values(node.parameters).some(readsOtherNodes)) {
      notes.push(`"${node.name}" reads other nodes in its expressions ($('…')): here a node gets only the item linked to it; link what it needs.`);
    }
    mapped.set(node.name, mapping);
  }

  for (const [sourceName, outputs] of Object.entries(file.connections)) {
    const sourceId = ids.get(sourceName);
    if (!sourceId) continue;
    (outputs.main ?? []).forEach((targets, index) => {
      const source = mapped.get(sourceName);
      const from = source ? source.itemOut(index) : { node: sourceId, output: index === 0 ? 'main' : `main${index}` };
      if (!from) return;
      for (const target of targets ?? []) {
        const targetId = ids.get(target.node);
        if (!targetId) continue;
        const sink = mapped.get(target.node);
        const into = sink ? (sink.itemInAt?.(target.index) ?? sink.itemIn) : [{ node: targetId, input: 'main' }];
        for (const to of into) links.push({ from, to });
      }
    });
  }

  const name = (file.name ?? '').trim().slice(0, 200) || 'Imported n8n workflow';
  const description = notes.length ? `Imported from n8n.\n\n${notes.map((n) => `- ${n}`).join('\n')}`.slice(0, 10_000) : 'Imported from n8n.';
  return { graph: { schemaVersion: 1, name, description, nodes, links }, unmapped, from: 'n8n' };
}
