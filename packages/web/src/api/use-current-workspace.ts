import { useQuery } from '@tanstack/react-query';
import { currentWorkspace } from './current-workspace.ts';
import { queries } from './queries.ts';
import type { Workspace } from './types.ts';

/** The workspace the app works in, with the person's role there; undefined until the list has loaded. */
export function useCurrentWorkspace(): { current: Workspace | undefined; all: Workspace[] } {
  const all = useQuery(queries.workspaces()).data?.workspaces ?? [];
  return { current: all.find((w) => w.id === currentWorkspace()) ?? all.find((w) => w.personal), all };
}
