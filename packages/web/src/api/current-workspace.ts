/** Where the chosen workspace is kept between visits, per browser. */
const STORAGE_KEY = 'blocksmith.workspace';

/** The header the server reads the workspace from (auth/workspace-access.ts). */
export const WORKSPACE_HEADER = 'Blocksmith-Workspace';

/** The workspace this browser works in; undefined: the person's personal one. */
export function currentWorkspace(): string | undefined {
  return localStorage.getItem(STORAGE_KEY) ?? undefined;
}

/**
 * Works in another workspace from now on. The page starts again at Home, so every list, every live
 * subscription and every open editor belongs to the workspace chosen.
 */
export function switchWorkspace(workspaceId: string | undefined): void {
  if (workspaceId === undefined) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, workspaceId);
  window.location.hash = '#/';
  window.location.reload();
}
