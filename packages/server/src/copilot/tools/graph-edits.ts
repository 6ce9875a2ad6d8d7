import type { GraphFile, GraphLink, GraphNode } from '@blocksmith/engine';
import { z } from 'zod';

const pinRef = z.object({ node: z.string().min(1), output: z.string().min(1) });
const sinkRef = z.object({ node: z.string().min(1), input: z.string().min(1) });

/** The small changes `edit_agent` makes; a change names what it touches, so nothing else is rewritten. */
export const graphEdit = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('add_node'),
    id: z.string().min(1).max(100),
    block: z.string().min(1),
    inputs: z.record(z.string(), z.unknown()).optional(),
    label: z.string().optional(),
    position: z.object({ x: z.number(), y: z.number() }).optional(),
  }),
  z.object({ op: z.literal('remove_node'), id: z.string().min(1).describe('Its links go too.') }),
  z.object({ op: z.literal('add_link'), from: pinRef, to: sinkRef, static: z.boolean().optional() }),
  z.object({ op: z.literal('remove_link'), from: pinRef, to: sinkRef }),
  z.object({
    op: z.literal('set_input'),
    node: z.string().min(1),
    input: z.string().min(1),
    value: z.unknown().optional().describe('Omit to clear the value.'),
  }),
  z.object({ op: z.literal('rename'), name: z.string().min(1).max(200) }),
]);

export type GraphEdit = z.infer<typeof graphEdit>;

const sameLink = (link: GraphLink, edit: { from: { node: string; output: string }; to: { node: string; input: string } }) =>
  link.from.node === edit.from.node && link.from.output === edit.from.output && link.to.node === edit.to.node && link.to.input === edit.to.input;

/**
 * Applies edits in order to a copy of the graph; the first that cannot apply
 * (a node that is not there, an id taken) is named in the error. Whether the
 * result can run is the engine's to say.
 */
export function applyGraphEdits(graph: GraphFile, edits: GraphEdit[]): GraphFile {
  let nodes: GraphNode[] = graph.nodes.map((n) => ({ ...n }));
  let links: GraphLink[] = [...graph.links];
  let { name } = graph;
  const node = (id: string, index: number): GraphNode => {
    const found = nodes.find((n) => n.id === id);
    if (!found) throw new Error(`Change ${index + 1}: there is no node "${id}"; the nodes are ${nodes.map((n) => n.id).join(', ') || 'none'}.`);
    return found;
  };
  edits.forEach((edit, index) => {
    switch (edit.op) {
      case 'add_node': {
        if (nodes.some((n) => n.id === edit.id)) throw new Error(`Change ${index + 1}: a node "${edit.id}" is already there; pick another id.`);
        const position = edit.position ?? { x: 60 + 320 * nodes.length, y: 80 };
        nodes.push({ id: edit.id, block: edit.block, position, ...(edit.inputs ? { inputs: edit.inputs } : {}), ...(edit.label ? { label: edit.label } : {}) });
        break;
      }
      case 'remove_node':
        node(edit.id, index);
        nodes = nodes.filter((n) => n.id !== edit.id);
        links = links.filter((l) => l.from.node !== edit.id && l.to.node !== edit.id);
        break;
      case 'add_link':
        node(edit.from.node, index);
        node(edit.to.node, index);
        if (!links.some((l) => sameLink(l, edit))) links.push({ from: edit.from, to: edit.to, ...(edit.static ? { static: true } : {}) });
        break;
      case 'remove_link':
        if (!links.some((l) => sameLink(l, edit)))
          throw new Error(`Change ${index + 1}: there is no link ${edit.from.node}.${edit.from.output} → ${edit.to.node}.${edit.to.input}.`);
        links = links.filter((l) => !sameLink(l, edit));
        break;
      case 'set_input': {
        const target = node(edit.node, index);
        const { [edit.input]: _old, ...rest } = target.inputs ?? {};
        target.inputs = edit.value === undefined ? rest : { ...rest, [edit.input]: edit.value };
        break;
      }
      case 'rename':
        name = edit.name;
        break;
    }
  });
  return { ...graph, name, nodes, links };
}
