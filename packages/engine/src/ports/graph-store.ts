import type { StoredGraph } from '../graph/graph-file.ts';

/** Where sub-graphs are looked up by id (and version, or alias), among the graphs of the run's workspace. */
export interface GraphStore {
  getGraph(graphId: string, version?: number, workspaceId?: string): Promise<StoredGraph | undefined>;
  /** The version an alias of the agent points at (releases); a store without releases has no aliases. */
  aliasVersion?(graphId: string, alias: string, workspaceId?: string): Promise<number | undefined>;
}

/** Keeps every saved version; `getGraph` without a version returns the latest. */
export class InMemoryGraphStore implements GraphStore {
  private readonly versions = new Map<string, StoredGraph[]>();

  save(graphId: string, graph: Omit<StoredGraph, 'id' | 'version'>): StoredGraph {
    const list = this.versions.get(graphId) ?? [];
    const stored: StoredGraph = { ...graph, id: graphId, version: list.length + 1 };
    list.push(stored);
    this.versions.set(graphId, list);
    return stored;
  }

  async getGraph(graphId: string, version?: number): Promise<StoredGraph | undefined> {
    const list = this.versions.get(graphId);
    if (!list) return undefined;
    return version === undefined ? list.at(-1) : list[version - 1];
  }
}
