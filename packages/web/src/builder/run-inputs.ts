import type { BlockManifest } from '../api/types.ts';
import type { BlockNode } from './graph-conversion.ts';

/** The nodes a run takes inputs through: Input blocks that have a name. */
export const inputNodesOf = (nodes: BlockNode[], blocks: Map<string, BlockManifest>): BlockNode[] =>
  nodes.filter((n) => blocks.get(n.data.blockId)?.kind === 'input' && typeof n.data.inputs.name === 'string');

/**
 * A body a caller can send as it is to start a run: each input's default, or for one without a default
 * a placeholder that names it, so the first try runs instead of answering 400.
 */
export function exampleInputs(inputNodes: BlockNode[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const node of inputNodes) {
    const name = node.data.inputs.name as string;
    body[name] ??= node.data.inputs.value ?? `<${name}>`;
  }
  return body;
}

/** A curl line that posts a JSON body to a URL, quoted for a POSIX shell. */
export function curlLine(url: string, body: unknown): string {
  const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
  return `curl -X POST -H 'content-type: application/json' -d ${quote(JSON.stringify(body))} ${quote(url)}`;
}
