import type { GraphFile } from '@blocksmith/engine';
import { GraphVersionConflict, type GraphSummary, type Store } from '@blocksmith/store';
import { notFound, Refusal } from '../platform/refusal.ts';

/**
 * Saves a new version of a user's agent, based on `baseVersion` when the saver names it (the editor
 * and the copilot always do). A save over a version someone saved since is refused as
 * `version_conflict` with both versions, so the saver can compare them and keep one or merge.
 */
export async function saveGraphVersion(store: Store, workspaceId: string, graphId: string, graph: GraphFile, baseVersion?: number): Promise<GraphSummary> {
  let summary: GraphSummary | undefined;
  try {
    summary = await store.graphs.saveVersion(workspaceId, graphId, graph, baseVersion);
  } catch (error) {
    if (!(error instanceof GraphVersionConflict)) throw error;
    throw await conflictRefusal(store, workspaceId, error);
  }
  if (!summary) throw notFound(`Graph ${graphId}`);
  return summary;
}

async function conflictRefusal(store: Store, workspaceId: string, conflict: GraphVersionConflict): Promise<Refusal> {
  const [base, latest] = await Promise.all([
    store.graphs.version(workspaceId, conflict.graphId, conflict.baseVersion),
    store.graphs.version(workspaceId, conflict.graphId),
  ]);
  if (!latest) return notFound(`Graph ${conflict.graphId}`);
  const shown = (v: NonNullable<typeof latest>) => ({ version: v.version, createdAt: v.createdAt, graph: v.graph });
  return new Refusal(
    'conflict',
    'version_conflict',
    `This agent was saved as version ${latest.version} after version ${conflict.baseVersion}, which these changes are based on, so nothing was saved. ` +
      `Read version ${latest.version}, then save again based on it (baseVersion ${latest.version}) with the changes you want to keep.`,
    { baseVersion: conflict.baseVersion, base: base ? shown(base) : null, latest: shown(latest) },
  );
}
