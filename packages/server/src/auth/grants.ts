import type { WorkspaceRole } from '@blocksmith/store';

/** What a route does in a workspace, from least to most. */
export const PERMISSIONS = ['read', 'run', 'build', 'manage', 'own'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each role may do (docs/teams.md): read; run agents; build agents and their triggers; manage members and settings; own (delete) the workspace. */
export const GRANTS: Record<WorkspaceRole, readonly Permission[]> = {
  owner: ['read', 'run', 'build', 'manage', 'own'],
  admin: ['read', 'run', 'build', 'manage'],
  editor: ['read', 'run', 'build'],
  runner: ['read', 'run'],
  viewer: ['read'],
};

/** Whether a role may do what a permission allows: the server's check, and what the web app offers. */
export const mayDo = (role: WorkspaceRole, permission: Permission): boolean => GRANTS[role].includes(permission);
