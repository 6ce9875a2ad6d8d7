import { hasEnded, type BlockRegistry, type GraphRunRecord, type NodeRunStatus } from '@blocksmith/engine';
import type { App, Store } from '@blocksmith/store';
import { outsideView } from '../runs/shared-run.ts';

/** What an app page's visitor sees of one of their runs: inputs, outputs, how it ended, and while it runs how far it got. */
export interface AppRunView {
  id: string;
  status: GraphRunRecord['status'];
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown[]>;
  error?: string;
  progress?: { done: number; total: number };
  createdAt: number;
  endedAt?: number;
}

/** Where a visitor downloads a file their run names: through the app, with the link's key when it has one. */
export const appFileUrl = (app: App, runId: string, fileId: string, key: string | undefined): string =>
  `/api/apps/${app.slug}/runs/${encodeURIComponent(runId)}/files/${encodeURIComponent(fileId)}${key !== undefined ? `?key=${encodeURIComponent(key)}` : ''}`;

/** The files the run's inputs and outputs name: the only ones its visitor may download. */
export const filesOfRun = (run: GraphRunRecord): Set<string> => outsideView(run, () => '').files;

/**
 * A visitor's run as the page shows it. Progress counts the agent's nodes whose latest node run has ended
 * (read from the stored node runs, so it may lag the run by a flush); only while the run goes on.
 */
export async function appRunView(store: Store, registry: BlockRegistry, app: App, run: GraphRunRecord, key: string | undefined): Promise<AppRunView> {
  const { inputs, outputs } = outsideView(run, (fileId) => appFileUrl(app, run.id, fileId, key));
  return {
    id: run.id,
    status: run.status,
    inputs,
    outputs,
    ...(run.error !== undefined ? { error: run.error } : {}),
    ...(hasEnded(run.status) ? {} : { progress: await progressOf(store, registry, app, run) }),
    createdAt: run.createdAt,
    ...(run.endedAt !== undefined ? { endedAt: run.endedAt } : {}),
  };
}

async function progressOf(store: Store, registry: BlockRegistry, app: App, run: GraphRunRecord): Promise<{ done: number; total: number }> {
  const version = await store.graphs.version(app.workspaceId, app.graphId, run.graphVersion);
  const steps = version?.graph.nodes.filter((node) => registry.get(node.block)?.kind !== 'note').length ?? 0;
  const latest = new Map<string, NodeRunStatus>();
  await store.runs.scanNodeRuns(run.id, (sighting) => latest.set(sighting.nodeId, sighting.status));
  const done = [...latest.values()].filter(hasEnded).length;
  return { done, total: Math.max(done, steps) };
}
