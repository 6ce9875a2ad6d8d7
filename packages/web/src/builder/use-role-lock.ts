import { useEffect } from 'react';
import { useCurrentWorkspace } from '../api/use-current-workspace.ts';
import { useMay } from '../api/use-may.ts';
import { useBuilder } from './builder-store.ts';

/**
 * What the person's role in the workspace lets them do in the editor: a runner runs agents, a viewer looks;
 * neither changes one, so the editor is locked for them (read-only-guard.ts) and says why. The server
 * refuses anyway; this only keeps the editor from offering what would be refused.
 */
export function useRoleLock(): { mayBuild: boolean; mayRun: boolean } {
  const workspace = useCurrentWorkspace().current;
  const may = useMay();
  const mayBuild = may('build');
  const mayRun = may('run');
  const reason = mayBuild
    ? undefined
    : `Your role in ${workspace!.name} is ${workspace!.role}: you can ${mayRun ? 'run this agent' : 'look at this agent'}, not change it.`;
  useEffect(() => useBuilder.getState().setLocked(reason), [reason]);
  return { mayBuild, mayRun };
}
