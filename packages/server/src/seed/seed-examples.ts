import type { GraphFile } from '@blocksmith/engine';
import { readdir, readFile } from 'node:fs/promises';
import type { Platform } from '../platform/platform.ts';

/** The repository's example agents, seeded into the owner's library on first start. */
export const EXAMPLES_DIR = new URL('../../../../examples/', import.meta.url);

/**
 * Imports every example graph for a user. Sub-agent references by file name
 * (`"graph_id": "greet"`) are rewritten to the new graph ids, so they run.
 */
export async function seedExamples(platform: Platform, userId: string, dir: URL = EXAMPLES_DIR): Promise<number> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const graphs = new Map<string, GraphFile>();
  for (const file of files) graphs.set(file.replace(/\.json$/, ''), JSON.parse(await readFile(new URL(file, dir), 'utf8')) as GraphFile);
  const ids = new Map<string, string>();
  const references = (graph: GraphFile): string[] =>
    graph.nodes.flatMap((n) =>
      n.block === 'agent.run_graph' && typeof n.inputs?.graph_id === 'string' && graphs.has(n.inputs.graph_id) ? [n.inputs.graph_id] : [],
    );
  // Graphs that others call go first, so their ids exist when the callers are rewritten.
  const ordered = [...graphs.keys()].sort((a, b) => references(graphs.get(a)!).length - references(graphs.get(b)!).length);
  for (const name of ordered) {
    const graph = graphs.get(name)!;
    const nodes = graph.nodes.map((n) =>
      n.block === 'agent.run_graph' && typeof n.inputs?.graph_id === 'string' && ids.has(n.inputs.graph_id)
        ? { ...n, inputs: { ...n.inputs, graph_id: ids.get(n.inputs.graph_id) } }
        : n,
    );
    const { graph: valid, issues } = platform.engine.validate({ ...graph, nodes });
    if (!valid) throw new Error(`Example ${name}.json is invalid: ${issues.map((i) => i.message).join(' ')}`);
    ids.set(name, (await platform.store.graphs.create({ workspaceId: userId, userId }, valid)).id);
  }
  return ids.size;
}
