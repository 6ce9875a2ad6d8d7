import type { StateCreator, StoreApi } from 'zustand';

/** What the guard needs of the editor's state: the version looked at, if it is not the one to edit, and whether the person may edit at all. */
interface Guarded {
  /** A version shown for a run of it (read-only); undefined while editing. */
  viewing: { version: number } | undefined;
  /** Why this person may not change the agent (their role in the workspace); undefined when they may. */
  locked: string | undefined;
  dirty: boolean;
  notice: string | undefined;
}

/**
 * Keeps a version shown for its run — or any agent, for a person whose role may not change it — from being
 * edited: every edit marks the graph dirty, so a change that would do so is refused whichever action (or
 * direct setState) makes it, and a notice says why. One check at the store, not one per action.
 */
export function readOnlyWhileViewing<S extends Guarded>(config: StateCreator<S>): StateCreator<S> {
  return (set, get, api) => {
    const guarded: StoreApi<S>['setState'] = (partial, replace) => {
      const next = typeof partial === 'function' ? partial(get()) : partial;
      const { viewing, locked } = get();
      if ((viewing || locked) && (next as Partial<S>).dirty === true) {
        set({
          notice: locked ?? `This is version ${viewing!.version}, shown for its run: go back to the latest version to change it.`,
        } as Partial<S>);
        return;
      }
      (set as (next: S | Partial<S>, replace?: boolean) => void)(next, replace as boolean | undefined);
    };
    api.setState = guarded;
    return config(guarded as typeof set, get, api);
  };
}
