import type { Store } from '@blocksmith/store';
import { versionToRun } from '../releases/version-to-run.ts';

/** The version of its agent an app runs — the released one when it has one, else the latest — or undefined once the agent is gone. */
export async function appAgent(store: Store, workspaceId: string, graphId: string) {
  // Only the trigger's kind chooses the version.
  const version = await versionToRun(store, workspaceId, graphId, { trigger: { kind: 'app', appId: '' } });
  return store.graphs.version(workspaceId, graphId, version);
}
