/** Which node's state: a node of a workspace's saved agent (runs of a graph file without an id share one per process). */
export interface NodeStateScope {
  workspaceId: string | undefined;
  graphId: string | undefined;
  nodeId: string;
}

/**
 * Values a node keeps from one run of its agent to the next (the items a
 * feed reader has seen, say), by key. Kept by the node, not by a version:
 * saving the agent again keeps them.
 */
export interface NodeStateStore {
  get(scope: NodeStateScope, key: string): Promise<unknown>;
  set(scope: NodeStateScope, key: string, value: unknown): Promise<void>;
}

const scopeKey = ({ workspaceId, graphId, nodeId }: NodeStateScope, key: string): string => JSON.stringify([workspaceId ?? null, graphId ?? null, nodeId, key]);

/** Node state for this process's lifetime (the CLI, tests). */
export class InMemoryNodeState implements NodeStateStore {
  private readonly values = new Map<string, unknown>();

  async get(scope: NodeStateScope, key: string): Promise<unknown> {
    return structuredClone(this.values.get(scopeKey(scope, key)));
  }

  async set(scope: NodeStateScope, key: string, value: unknown): Promise<void> {
    this.values.set(scopeKey(scope, key), structuredClone(value));
  }
}
