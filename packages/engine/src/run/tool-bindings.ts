import { toJsonSchema, type JsonSchema } from '@blocksmith/sdk';
import type { GraphLink } from '../graph/graph-file.ts';
import type { CompiledNode, ToolBinding } from './compiled-types.ts';

/** Whether a link goes out of a block's tools output (and so names a tool rather than carrying values). */
export function isToolLink(source: CompiledNode, link: GraphLink): boolean {
  return source.block.toolsOutput === link.from.output;
}

/** The tools of one agent node, from its tool links in graph order; names are made unique. */
export function bindTools(links: { link: GraphLink; sink: CompiledNode }[]): ToolBinding[] {
  const pinsBySink = new Map<CompiledNode, string[]>();
  for (const { link, sink } of links) pinsBySink.set(sink, [...(pinsBySink.get(sink) ?? []), link.to.input]);
  const used = new Set<string>();
  return [...pinsBySink].map(([compiled, pins]) => {
    const name = uniqueName(toolName(compiled.node.label ?? compiled.block.name), used);
    return {
      name,
      description: compiled.node.label ? `${compiled.node.label}: ${compiled.block.description}` : compiled.block.description,
      inputSchema: argumentsSchema(compiled, pins),
      nodeId: compiled.node.id,
      compiled,
      pins,
      source: compiled.block.toolSource,
    };
  });
}

/** Provider APIs accept tool names of letters, digits, `_` and `-`, at most 64 long. */
export function toolName(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return (slug || 'tool').slice(0, 60);
}

export function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
  used.add(name);
  return name;
}

/** The linked pins' schemas; a value set on the node becomes the argument's default, so the model may leave it out. */
function argumentsSchema(compiled: CompiledNode, pins: string[]): JsonSchema {
  const inputSchema = toJsonSchema(compiled.block.input, 'input');
  const properties = (inputSchema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((inputSchema.required ?? []) as string[]);
  const preset = compiled.node.inputs ?? {};
  const schema: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(
      pins.map((pin) => [pin, preset[pin] === undefined ? (properties[pin] ?? {}) : { ...properties[pin], default: preset[pin] }]),
    ),
    additionalProperties: false,
  };
  const requiredPins = pins.filter((pin) => required.has(pin) && preset[pin] === undefined);
  return requiredPins.length ? { ...schema, required: requiredPins } : schema;
}
