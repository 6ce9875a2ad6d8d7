import type { BlockManifest, JsonSchema } from '../api/types.ts';
import { checkConnection } from './connection-check.ts';

/** An input another node's output may be linked to. */
export interface LinkTarget {
  node: string;
  input: string;
  /** How a person finds it in a list: the node's name on the canvas (or its block's), its id, and the input. */
  label: string;
}

type LinkNode = { id: string; data: { blockId: string; label?: string | undefined } };
type LinkEdge = { source: string; sourceHandle?: string | null; target: string; targetHandle?: string | null };

/** The names of a block's outputs, in declaration order. */
export const outputsOf = (manifest: BlockManifest): string[] => Object.keys((manifest.outputSchema.properties ?? {}) as Record<string, JsonSchema>);

/**
 * The inputs of other nodes that `output` of `source` may be linked to — by the rule the server applies —
 * that are not linked to it already: what the keyboard's "Connect to…" offers, so linking needs no mouse.
 */
export function linkTargets(
  source: string,
  output: string,
  nodes: readonly LinkNode[],
  edges: readonly LinkEdge[],
  blocks: ReadonlyMap<string, BlockManifest>,
): LinkTarget[] {
  const from = nodes.find((n) => n.id === source);
  const sourceBlock = from && blocks.get(from.data.blockId);
  if (!sourceBlock) return [];
  const linked = new Set(edges.filter((e) => e.source === source && e.sourceHandle === output).map((e) => `${e.target}\0${e.targetHandle}`));
  return nodes.flatMap((node) => {
    const block = blocks.get(node.data.blockId);
    if (node.id === source || !block) return [];
    return Object.keys((block.inputSchema.properties ?? {}) as Record<string, JsonSchema>)
      .filter((input) => !linked.has(`${node.id}\0${input}`) && checkConnection(sourceBlock, output, block, input).ok)
      .map((input) => ({ node: node.id, input, label: `${node.data.label || block.name} (${node.id}) · ${input}` }));
  });
}
