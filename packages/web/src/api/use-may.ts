import { mayDo, type Permission } from '@blocksmith/server/grants';
import { useCurrentWorkspace } from './use-current-workspace.ts';

/**
 * Whether the person's role in the current workspace allows what a permission does — what the app offers.
 * Until the workspaces are read, everything is: the server has the last word.
 */
export function useMay(): (permission: Permission) => boolean {
  const workspace = useCurrentWorkspace().current;
  return (permission) => workspace === undefined || mayDo(workspace.role, permission);
}
