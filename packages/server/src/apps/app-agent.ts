import type { App, Owner, Store } from '@blocksmith/store';
import { Refusal } from '../platform/refusal.ts';
import { versionToRun } from '../releases/version-to-run.ts';

/** The version of its agent an app runs — the released one when it has one, else the latest — or undefined once the agent is gone. */
export async function appAgent(store: Store, workspaceId: string, graphId: string) {
  // Only the trigger's kind chooses the version.
  const version = await versionToRun(store, workspaceId, graphId, { trigger: { kind: 'app', appId: '' } });
  return store.graphs.version(workspaceId, graphId, version);
}

/**
 * Whom an app's runs act for: the member who published it, while they are a member of its workspace — an app
 * whose publisher left runs nothing until someone who is a member publishes it again.
 */
export async function appRunner(store: Store, app: App): Promise<Owner> {
  if (!(await store.workspaces.roleOf(app.workspaceId, app.publishedBy))) {
    throw new Refusal('conflict', 'publisher_left', 'This app cannot run now: whoever published it has left its workspace. Its owners can publish it again.');
  }
  return { workspaceId: app.workspaceId, userId: app.publishedBy };
}
